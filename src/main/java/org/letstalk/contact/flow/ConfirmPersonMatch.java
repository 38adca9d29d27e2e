package org.letstalk.contact.flow;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.contact.Contact;
import org.letstalk.contact.ContactIntake;
import org.letstalk.workflow.CurrentUser;
import org.letstalk.workflow.ProcessVariables;
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
    Contact contact = intake.decideMatch(execution.getProcessInstanceId(),
        ContactForms.matchDecision(execution.getVariables()), currentUser.id());
    execution.setVariable(ProcessVariables.PERSON_ID, contact.getPersonId().toString());
    execution.setVariable(ContactVariables.MATCH_STATUS, contact.getMatchStatus().name());
    execution.removeVariables(List.of(ContactVariables.DESCRIBED_PERSON, ContactVariables.CANDIDATE_PERSON));
  }
}
