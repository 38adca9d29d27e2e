package org.letstalk.person;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WorkEndedByDeathRepository extends JpaRepository<WorkEndedByDeath, UUID> {

  List<WorkEndedByDeath> findByPersonIdOrderByEndedAt(UUID personId);

  Optional<WorkEndedByDeath> findByProcessInstanceId(String processInstanceId);
}
