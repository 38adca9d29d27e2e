package org.letstalk.involvement;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DecisionRepository extends JpaRepository<Decision, UUID> {

  Optional<Decision> findByTaskId(String taskId);

  List<Decision> findByPersonIdOrderByDecidedAt(UUID personId);
}
