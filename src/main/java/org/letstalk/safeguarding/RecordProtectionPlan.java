package org.letstalk.safeguarding;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.workflow.CurrentUser;
import org.springframework.stereotype.Component;

/** Records the protection plan and when it is reviewed. */
@Component("recordProtectionPlan")
public class RecordProtectionPlan implements JavaDelegate {

  private final Safeguarding safeguarding;
  private final CurrentUser currentUser;

  public RecordProtectionPlan(Safeguarding safeguarding, CurrentUser currentUser) {
    this.safeguarding = safeguarding;
    this.currentUser = currentUser;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SafeguardingEnquiry enquiry = safeguarding.recordPlan(execution.getProcessInstanceId(), execution.getVariables(),
        currentUser.id());
    execution.setVariable("planReviewDueAt", safeguarding.reviewDueAt(enquiry));
    execution.setVariable("planReviewsRecorded", enquiry.getPlanReviews());
  }
}
