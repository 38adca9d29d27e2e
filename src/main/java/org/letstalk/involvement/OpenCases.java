package org.letstalk.involvement;

import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a person's open case in a transaction of its own: after the unique key refused a second one, the
 * refused transaction can read nothing more, but the case that won is committed and can be named.
 */
@Service
class OpenCases {

  private final InvolvementRepository involvements;

  OpenCases(InvolvementRepository involvements) {
    this.involvements = involvements;
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
  public Optional<UUID> openFor(UUID personId) {
    return involvements.findByOpenPersonId(personId).map(Involvement::getId);
  }
}
