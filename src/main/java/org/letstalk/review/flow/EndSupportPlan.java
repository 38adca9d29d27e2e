package org.letstalk.review.flow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.involvement.Involvements;
import org.letstalk.plan.SupportPlan;
import org.letstalk.plan.SupportPlans;
import org.letstalk.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * Ends the plan with the review that decided it and its closure statement [W ¶193-194]; when no other plan of the
 * person's is in force and nothing else is being worked on in their case, the model asks a team manager to close it.
 */
@Component("endSupportPlan")
public class EndSupportPlan implements JavaDelegate {

  private final SupportPlans plans;
  private final Involvements involvements;

  public EndSupportPlan(SupportPlans plans, Involvements involvements) {
    this.plans = plans;
    this.involvements = involvements;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SupportPlan plan = plans.get(ReviewVariables.planId(execution));
    plans.endAfterReview(plan.getId(), ProcessVariables.uuid(execution, ReviewVariables.REVIEW_ID));
    // The last plan ended and nothing else is being worked on: the case may close, once a team manager authorises.
    execution.setVariable(ReviewVariables.CASE_MAY_CLOSE, involvements.openFor(plan.getPersonId())
        .filter(open -> open.getCurrentProcessInstanceId() == null && plans.activeFor(plan.getPersonId()).isEmpty())
        .isPresent());
  }
}
