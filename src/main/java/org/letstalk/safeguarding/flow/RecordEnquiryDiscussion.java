package org.letstalk.safeguarding.flow;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.safeguarding.Safeguarding;
import org.letstalk.safeguarding.SafeguardingEnquiry;
import org.letstalk.workflow.CurrentUser;
import org.springframework.stereotype.Component;

/** Opens the s42 enquiry: the discussion or strategy meeting, what the person wants, who represents them. */
@Component("recordEnquiryDiscussion")
public class RecordEnquiryDiscussion implements JavaDelegate {

  private final Safeguarding safeguarding;
  private final CurrentUser currentUser;
  private final Clock clock;

  public RecordEnquiryDiscussion(Safeguarding safeguarding, CurrentUser currentUser, Clock clock) {
    this.safeguarding = safeguarding;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SafeguardingEnquiry enquiry = safeguarding.openEnquiry(execution.getProcessInstanceId(),
        SafeguardingForms.discussion(execution.getVariables(), clock), currentUser.id());
    execution.setVariable(SafeguardingVariables.ENQUIRY_ID, enquiry.getId().toString());
  }
}
