package org.letstalk.review.flow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.plan.SupportPlans;
import org.letstalk.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** Ends the plan with the review that decided it and its closure statement [W ¶193-194]. */
@Component("endSupportPlan")
public class EndSupportPlan implements JavaDelegate {

  private final SupportPlans plans;

  public EndSupportPlan(SupportPlans plans) {
    this.plans = plans;
  }

  @Override
  public void execute(DelegateExecution execution) {
    plans.endAfterReview(ReviewVariables.planId(execution),
        ProcessVariables.uuid(execution, ReviewVariables.REVIEW_ID));
  }
}
