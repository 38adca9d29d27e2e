package org.letstalk.plan;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SupportPlanRepository extends JpaRepository<SupportPlan, UUID> {

  List<SupportPlan> findByPersonIdAndStatus(UUID personId, PlanStatus status);

  /** Every version of a plan, first to latest. */
  List<SupportPlan> findBySeriesIdOrderByVersionNo(UUID seriesId);

  List<SupportPlan> findByPersonId(UUID personId);

  Optional<SupportPlan> findBySeriesIdAndStatus(UUID seriesId, PlanStatus status);

  /** The person's version in force of a kind of plan, found by the unique key that keeps it the only one. */
  Optional<SupportPlan> findByInForcePersonIdAndInForceKind(UUID personId, String kind);
}
