package org.letstalk.longtermsupport.flow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.longtermsupport.LetsTalk3;
import org.letstalk.longtermsupport.LetsTalk3Conversations;
import org.letstalk.workflow.CompletedTask;
import org.springframework.stereotype.Component;

/** Stores why Let's Talk 1 and 2 are left out and prepares the request to a team manager. */
@Component("recordOmissionReason")
public class RecordOmissionReason implements JavaDelegate {

  private final LetsTalk3Conversations letsTalk3;

  public RecordOmissionReason(LetsTalk3Conversations letsTalk3) {
    this.letsTalk3 = letsTalk3;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String by = CompletedTask.userId(execution);
    LetsTalk3 record = letsTalk3.askToOmit(execution.getProcessInstanceId(),
        LetsTalk3Forms.omissionReason(execution.getVariables()), by);
    execution.setVariable(LetsTalk3Variables.OMISSION_REQUESTED_BY, by);
    execution.setVariable(LetsTalk3Variables.OMISSION_SUMMARY,
        "Let's Talk 3 without an earlier Let's Talk 1 or 2: " + record.getOmissionReason());
  }
}
