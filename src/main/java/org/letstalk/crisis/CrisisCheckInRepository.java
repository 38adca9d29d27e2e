package org.letstalk.crisis;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CrisisCheckInRepository extends JpaRepository<CrisisCheckIn, UUID> {

  Optional<CrisisCheckIn> findByTaskId(String taskId);

  List<CrisisCheckIn> findByCrisisPlanId(UUID crisisPlanId);

  List<CrisisCheckIn> findByPersonId(UUID personId);
}
