package org.letstalk.safeguarding;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.workflow.CurrentUser;
import org.springframework.stereotype.Component;

/** Records a review of the protection plan: keep it going to another review, or conclude. */
@Component("recordProtectionPlanReview")
public class RecordProtectionPlanReview implements JavaDelegate {

  private final Safeguarding safeguarding;
  private final CurrentUser currentUser;

  public RecordProtectionPlanReview(Safeguarding safeguarding, CurrentUser currentUser) {
    this.safeguarding = safeguarding;
    this.currentUser = currentUser;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int recorded = (Integer) execution.getVariable("planReviewsRecorded");
    PlanReviewOutcome outcome = safeguarding.reviewPlan(execution.getProcessInstanceId(), execution.getVariables(),
        currentUser.id(), recorded + 1);
    execution.setVariable("planReviewsRecorded", recorded + 1);
    execution.setVariable("planReviewOutcome", outcome.name());
    if (outcome == PlanReviewOutcome.CONTINUE_PLAN) {
      SafeguardingEnquiry enquiry = safeguarding.enquiryOf(execution.getProcessInstanceId());
      execution.setVariable("planReviewDueAt", safeguarding.reviewDueAt(enquiry));
    }
  }
}
