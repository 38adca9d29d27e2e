package org.letstalk.eligibility;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EligibilityDeterminationRepository extends JpaRepository<EligibilityDetermination, UUID> {

  Optional<EligibilityDetermination> findByProcessInstanceIdAndActivityInstanceId(String processInstanceId,
      String activityInstanceId);

  List<EligibilityDetermination> findByPersonIdOrderByDeterminedAt(UUID personId);
}
