package org.letstalk.safeguarding.flow;

import static org.letstalk.safeguarding.flow.SafeguardingVariables.*;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.safeguarding.PlanReviewOutcome;
import org.letstalk.safeguarding.Safeguarding;
import org.letstalk.safeguarding.SafeguardingEnquiry;
import org.letstalk.workflow.CurrentUser;
import org.springframework.stereotype.Component;

/** Records a review of the protection plan: keep it going to another review, or conclude. */
@Component("recordProtectionPlanReview")
public class RecordProtectionPlanReview implements JavaDelegate {

  private final Safeguarding safeguarding;
  private final CurrentUser currentUser;
  private final Clock clock;

  public RecordProtectionPlanReview(Safeguarding safeguarding, CurrentUser currentUser, Clock clock) {
    this.safeguarding = safeguarding;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int review = (Integer) execution.getVariable(PLAN_REVIEWS_RECORDED) + 1;
    boolean recorded = safeguarding.enquiryOf(execution.getProcessInstanceId()).getPlanReviews() >= review;
    PlanReviewOutcome outcome = safeguarding.reviewPlan(execution.getProcessInstanceId(),
        SafeguardingForms.review(execution.getVariables(), recorded, clock), currentUser.id(), review);
    execution.setVariable(PLAN_REVIEWS_RECORDED, review);
    execution.setVariable(PLAN_REVIEW_OUTCOME, outcome.name());
    if (outcome == PlanReviewOutcome.CONTINUE_PLAN) {
      SafeguardingEnquiry enquiry = safeguarding.enquiryOf(execution.getProcessInstanceId());
      execution.setVariable(PLAN_REVIEW_DUE_AT, safeguarding.reviewDueAt(enquiry));
    }
  }
}
