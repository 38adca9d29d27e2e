package org.letstalk.involvement.flow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.involvement.Decisions;
import org.letstalk.validation.FormInput;
import org.letstalk.workflow.CompletedTask;
import org.springframework.stereotype.Component;

/** Records how a further contact about the person was taken into the involvement already under way. */
@Component("recordNewContactConsidered")
public class RecordNewContactConsidered implements JavaDelegate {

  static final String KIND = "FURTHER_CONTACT";

  private final Decisions decisions;

  public RecordNewContactConsidered(Decisions decisions) {
    this.decisions = decisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String action = FormInput.read(execution.getVariables(),
        in -> in.requiredText(InvolvementVariables.NEW_CONTACT_ACTION, FormInput.LONG_TEXT));
    decisions.record(CompletedTask.taskId(execution), InvolvementVariables.context(execution), KIND,
        CompletedTask.userId(execution), "Further contact taken into the involvement", action, null);
    execution.removeVariable(InvolvementVariables.NEW_CONTACT_ACTION);
  }
}
