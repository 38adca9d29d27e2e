package org.letstalk.longtermsupport;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LetsTalk3Repository extends JpaRepository<LetsTalk3, UUID> {

  Optional<LetsTalk3> findByProcessInstanceId(String processInstanceId);

  List<LetsTalk3> findByPersonIdOrderByStartedAt(UUID personId);
}
