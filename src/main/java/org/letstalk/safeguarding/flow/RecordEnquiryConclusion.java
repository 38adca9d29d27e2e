package org.letstalk.safeguarding.flow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.safeguarding.Safeguarding;
import org.letstalk.workflow.CurrentUser;
import org.springframework.stereotype.Component;

/** Concludes the enquiry: were the person's outcomes achieved, and what of the risk. */
@Component("recordEnquiryConclusion")
public class RecordEnquiryConclusion implements JavaDelegate {

  private final Safeguarding safeguarding;
  private final CurrentUser currentUser;

  public RecordEnquiryConclusion(Safeguarding safeguarding, CurrentUser currentUser) {
    this.safeguarding = safeguarding;
    this.currentUser = currentUser;
  }

  @Override
  public void execute(DelegateExecution execution) {
    safeguarding.conclude(execution.getProcessInstanceId(), SafeguardingForms.conclusion(execution.getVariables()),
        currentUser.id());
  }
}
