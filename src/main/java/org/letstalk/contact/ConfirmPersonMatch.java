package org.letstalk.contact;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.workflow.CurrentUser;
import org.springframework.stereotype.Component;

/** Applies a human's decision on an uncertain person match: link to the record, or make a new one. */
@Component("confirmPersonMatch")
public class ConfirmPersonMatch implements JavaDelegate {

  private final ContactIntake intake;
  private final CurrentUser currentUser;

  public ConfirmPersonMatch(ContactIntake intake, CurrentUser currentUser) {
    this.intake = intake;
    this.currentUser = currentUser;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Contact contact = intake.decideMatch(execution.getProcessInstanceId(), execution.getVariables(), currentUser.id());
    execution.setVariable("personId", contact.getPersonId().toString());
    execution.setVariable("matchStatus", contact.getMatchStatus().name());
    execution.removeVariables(java.util.List.of("describedPerson", "candidatePerson"));
  }
}
