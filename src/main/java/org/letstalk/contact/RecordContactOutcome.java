package org.letstalk.contact;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.workflow.CurrentUser;
import org.springframework.stereotype.Component;

/** Records what happens after the contact and who takes the conversation on. */
@Component("recordContactOutcome")
public class RecordContactOutcome implements JavaDelegate {

  private final ContactIntake intake;
  private final CurrentUser currentUser;

  public RecordContactOutcome(ContactIntake intake, CurrentUser currentUser) {
    this.intake = intake;
    this.currentUser = currentUser;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Contact contact = intake.decideOutcome(execution.getProcessInstanceId(), execution.getVariables(), currentUser.id());
    execution.setVariable("outcome", contact.getOutcome().name());
    execution.setVariable("crisis", Boolean.TRUE.equals(contact.getCrisis()));
    execution.setVariable("conversationAssignee", contact.getAllocatedUser());
    execution.setVariable("conversationTeam", contact.getAllocatedGroup());
    execution.setVariable("suggestedConversation", Boolean.TRUE.equals(contact.getCrisis())
        ? "Let's Talk 2 (crisis)" : "Let's Talk 1");
  }
}
