package org.letstalk.plan;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SupportPlanRepository extends JpaRepository<SupportPlan, UUID> {

  List<SupportPlan> findByPersonIdAndStatus(UUID personId, PlanStatus status);
}
