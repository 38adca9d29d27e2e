package org.letstalk.involvement;

import java.time.Clock;
import java.util.UUID;
import org.letstalk.store.Idempotent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens and ends a person's involvement, keyed by its process instance. */
@Service
@Transactional
public class Involvements {

  private final InvolvementRepository involvements;
  private final Clock clock;

  public Involvements(InvolvementRepository involvements, Clock clock) {
    this.involvements = involvements;
    this.clock = clock;
  }

  /** Opens the person's involvement; the schema refuses a second open one for the same person. */
  public Involvement open(String processInstanceId, UUID personId, UUID contactId) {
    return Idempotent.write(involvements, involvements.findByProcessInstanceId(processInstanceId),
        () -> Involvement.open(processInstanceId, personId, contactId, clock.instant()));
  }

  public Involvement end(UUID involvementId, InvolvementStatus status, String reason) {
    Involvement involvement = involvements.findById(involvementId).orElseThrow();
    involvement.end(status, reason, clock.instant());
    return involvement;
  }
}
