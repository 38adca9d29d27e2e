package org.letstalk.safeguarding.flow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.safeguarding.Safeguarding;
import org.letstalk.workflow.CurrentUser;
import org.springframework.stereotype.Component;

/** Records what the enquiry did and found. */
@Component("recordEnquiryActions")
public class RecordEnquiryActions implements JavaDelegate {

  private final Safeguarding safeguarding;
  private final CurrentUser currentUser;

  public RecordEnquiryActions(Safeguarding safeguarding, CurrentUser currentUser) {
    this.safeguarding = safeguarding;
    this.currentUser = currentUser;
  }

  @Override
  public void execute(DelegateExecution execution) {
    safeguarding.recordActions(execution.getProcessInstanceId(), SafeguardingForms.actions(execution.getVariables()),
        currentUser.id());
  }
}
