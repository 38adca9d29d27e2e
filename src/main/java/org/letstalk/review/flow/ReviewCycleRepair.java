package org.letstalk.review.flow;

import java.util.Map;
import java.util.UUID;
import org.letstalk.plan.SupportPlan;
import org.letstalk.plan.SupportPlans;
import org.letstalk.workflow.Workflow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * One review cycle per plan, and none for a plan no longer in force. Plans made before a plan had versions left
 * cycles behind: a second plan drafted by a reassessment had a cycle of its own, and db/V31 marked the earlier plan
 * superseded while its cycle still ran. At start-up each such cycle is told (message plan-no-longer-in-force)
 * and ends by its own event sub-process; the repair finds nothing once done, so every node may run it.
 */
@Component
public class ReviewCycleRepair {

  private static final Logger LOG = LoggerFactory.getLogger(ReviewCycleRepair.class);
  static final String PROCESS_KEY = "review-cycle";
  static final String PLAN_NO_LONGER_IN_FORCE = "plan-no-longer-in-force";

  private final Workflow workflow;
  private final SupportPlans plans;

  public ReviewCycleRepair(Workflow workflow, SupportPlans plans) {
    this.workflow = workflow;
    this.plans = plans;
  }

  @EventListener(ApplicationReadyEvent.class)
  public int repair() {
    int ended = 0;
    for (Map.Entry<String, String> cycle : workflow.runningInstances(PROCESS_KEY).entrySet()) {
      if (stale(cycle.getKey(), cycle.getValue())) {
        try {
          workflow.correlateLocal(PLAN_NO_LONGER_IN_FORCE, cycle.getKey(), Map.of());
          ended++;
        } catch (RuntimeException e) {
          // A cycle on a version of the model from before this event: it ends once migrated in Cockpit.
          LOG.warn("Review cycle {} has no plan in force but could not be ended: {}", cycle.getKey(), e.getMessage());
        }
      }
    }
    if (ended > 0) {
      LOG.info("Ended {} review cycles whose plan is no longer in force or which duplicated their plan's cycle",
          ended);
    }
    return ended;
  }

  /** The cycle's plan (its business key) has no version in force, or names another cycle as its own. */
  private boolean stale(String processInstanceId, String planId) {
    if (planId == null) {
      return false;
    }
    SupportPlan plan = plans.get(UUID.fromString(planId));
    return plans.inForce(plan.getId()).isEmpty()
        || (plan.getReviewProcessInstanceId() != null && !plan.getReviewProcessInstanceId().equals(processInstanceId));
  }
}
