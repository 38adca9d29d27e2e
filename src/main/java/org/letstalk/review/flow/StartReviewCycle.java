package org.letstalk.review.flow;

import static org.letstalk.review.flow.ReviewVariables.*;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.person.PersonRepository;
import org.letstalk.plan.SupportPlan;
import org.letstalk.plan.SupportPlans;
import org.letstalk.workflow.ProcessVariables;
import org.letstalk.workflow.Workflow;
import org.springframework.stereotype.Component;

/**
 * The message throw event "Start the plan's review cycle", after a plan is made active (lets-talk-3,
 * carers-conversation): one review cycle per plan, not per version, business key = the plan's id (its first
 * version's) [W ¶181]. Started in the activating transaction, and only once: the plan names its cycle.
 */
@Component("startReviewCycle")
public class StartReviewCycle implements JavaDelegate {

  private final SupportPlans plans;
  private final PersonRepository people;
  private final Workflow workflow;

  public StartReviewCycle(SupportPlans plans, PersonRepository people, Workflow workflow) {
    this.plans = plans;
    this.people = people;
    this.workflow = workflow;
  }

  @Override
  public void execute(DelegateExecution execution) {
    startFor(planId(execution));
  }

  /**
   * Starts the active plan's review cycle, unless it has one: a later version of the plan keeps the plan's cycle,
   * which is told so and reschedules its pending review from the new version's start.
   */
  public SupportPlan startFor(UUID versionId) {
    UUID planId = plans.get(versionId).getSeriesId();
    SupportPlan plan = plans.get(planId);
    if (plan.getReviewProcessInstanceId() != null) {
      if (!versionId.equals(planId)) {
        workflow.correlateIfWaiting(SUPPORT_PLAN_REVISED, planId.toString(), Map.of());
      }
      return plan;
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put(SUPPORT_PLAN_ID, planId.toString());
    variables.put(ProcessVariables.PERSON_ID, plan.getPersonId().toString());
    variables.put(ProcessVariables.PERSON_NAME, people.findById(plan.getPersonId()).orElseThrow().getFullName());
    variables.put(PLAN_TYPE, plan.getPlanType().name());
    variables.put(TEAM, plan.getTeam());
    if (plan.getAllocatedWorker() != null) {
      variables.put(ALLOCATED_WORKER, plan.getAllocatedWorker());
    }
    return plans.reviewCycleStarted(planId,
        workflow.startByMessage(SUPPORT_PLAN_ACTIVE, planId.toString(), variables));
  }
}
