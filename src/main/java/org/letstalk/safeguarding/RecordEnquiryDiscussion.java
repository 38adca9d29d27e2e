package org.letstalk.safeguarding;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.workflow.CurrentUser;
import org.springframework.stereotype.Component;

/** Opens the s42 enquiry: the discussion or strategy meeting, what the person wants, who represents them. */
@Component("recordEnquiryDiscussion")
public class RecordEnquiryDiscussion implements JavaDelegate {

  private final Safeguarding safeguarding;
  private final CurrentUser currentUser;

  public RecordEnquiryDiscussion(Safeguarding safeguarding, CurrentUser currentUser) {
    this.safeguarding = safeguarding;
    this.currentUser = currentUser;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SafeguardingEnquiry enquiry = safeguarding.openEnquiry(execution.getProcessInstanceId(), execution.getVariables(),
        currentUser.id());
    execution.setVariable("enquiryId", enquiry.getId().toString());
  }
}
