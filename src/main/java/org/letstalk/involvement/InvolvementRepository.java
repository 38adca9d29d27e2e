package org.letstalk.involvement;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InvolvementRepository extends JpaRepository<Involvement, UUID> {

  Optional<Involvement> findByProcessInstanceId(String processInstanceId);

  List<Involvement> findByPersonIdOrderByStartedAt(UUID personId);

  /** The person's open case, found by the unique key that keeps it the only one. */
  Optional<Involvement> findByOpenPersonId(UUID personId);
}
