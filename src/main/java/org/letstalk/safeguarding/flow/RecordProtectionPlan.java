package org.letstalk.safeguarding.flow;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.safeguarding.Safeguarding;
import org.letstalk.safeguarding.SafeguardingEnquiry;
import org.letstalk.workflow.CurrentUser;
import org.springframework.stereotype.Component;

/** Records the protection plan and when it is reviewed. */
@Component("recordProtectionPlan")
public class RecordProtectionPlan implements JavaDelegate {

  private final Safeguarding safeguarding;
  private final CurrentUser currentUser;
  private final Clock clock;

  public RecordProtectionPlan(Safeguarding safeguarding, CurrentUser currentUser, Clock clock) {
    this.safeguarding = safeguarding;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SafeguardingEnquiry enquiry = safeguarding.recordPlan(execution.getProcessInstanceId(),
        SafeguardingForms.plan(execution.getVariables(), clock), currentUser.id());
    execution.setVariable(SafeguardingVariables.PLAN_REVIEW_DUE_AT, safeguarding.reviewDueAt(enquiry));
    execution.setVariable(SafeguardingVariables.PLAN_REVIEWS_RECORDED, enquiry.getPlanReviews());
  }
}
