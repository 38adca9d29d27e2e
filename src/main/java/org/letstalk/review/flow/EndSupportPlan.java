package org.letstalk.review.flow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.involvement.ClosureLetters;
import org.letstalk.involvement.Involvements;
import org.letstalk.plan.SupportPlan;
import org.letstalk.plan.SupportPlans;
import org.letstalk.workflow.CurrentUser;
import org.letstalk.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * Ends the plan with the review that decided it and its closure statement [W ¶193-194]; the person's case closes
 * with it when no other plan of theirs is in force and nothing else is being worked on in it.
 */
@Component("endSupportPlan")
public class EndSupportPlan implements JavaDelegate {

  private final SupportPlans plans;
  private final Involvements involvements;
  private final ClosureLetters letters;
  private final CurrentUser currentUser;

  public EndSupportPlan(SupportPlans plans, Involvements involvements, ClosureLetters letters,
      CurrentUser currentUser) {
    this.plans = plans;
    this.involvements = involvements;
    this.letters = letters;
    this.currentUser = currentUser;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SupportPlan plan = plans.get(ReviewVariables.planId(execution));
    plans.endAfterReview(plan.getId(), ProcessVariables.uuid(execution, ReviewVariables.REVIEW_ID));
    involvements.closeWhenNoPlanIsInForce(plan.getPersonId(),
        ProcessVariables.text(execution, ReviewVariables.CLOSURE_REASONS))
        .ifPresent(closed -> letters.closed(closed, currentUser.id()));
  }
}
