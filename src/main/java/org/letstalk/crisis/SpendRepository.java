package org.letstalk.crisis;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SpendRepository extends JpaRepository<Spend, UUID> {

  Optional<Spend> findByTaskId(String taskId);

  List<Spend> findByPersonId(UUID personId);
}
