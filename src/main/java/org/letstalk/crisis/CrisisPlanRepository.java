package org.letstalk.crisis;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CrisisPlanRepository extends JpaRepository<CrisisPlan, UUID> {

  Optional<CrisisPlan> findByTaskId(String taskId);

  boolean existsByPersonIdAndStatus(UUID personId, CrisisPlanStatus status);

  /** With their actions, in the same query: a record shows every plan's actions. */
  @EntityGraph(attributePaths = "actions")
  List<CrisisPlan> findByPersonIdOrderByMadeAt(UUID personId);

  @EntityGraph(attributePaths = "actions")
  List<CrisisPlan> findByPersonIdAndStatus(UUID personId, CrisisPlanStatus status);
}
