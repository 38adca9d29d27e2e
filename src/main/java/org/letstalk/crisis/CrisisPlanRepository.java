package org.letstalk.crisis;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CrisisPlanRepository extends JpaRepository<CrisisPlan, UUID> {

  Optional<CrisisPlan> findByTaskId(String taskId);

  boolean existsByPersonIdAndStatus(UUID personId, CrisisPlanStatus status);

  List<CrisisPlan> findByPersonIdOrderByMadeAt(UUID personId);
}
