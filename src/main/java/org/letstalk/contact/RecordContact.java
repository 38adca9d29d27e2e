package org.letstalk.contact;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.workflow.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Records a new contact and finds the person. Leaves ids and decision inputs in the process; the
 * contact's details move to the contact record, so they are not copied into process variables.
 */
@Component("recordContact")
public class RecordContact implements JavaDelegate {

  /**
   * Kept in the process: shown on tasks (need) or deciding the flow (safeguarding). The concern's detail is not:
   * everyone who may work the contact could read it there.
   */
  private static final List<String> KEPT = List.of("presentingNeed", "safeguardingConcern");

  private final ContactIntake intake;
  private final CurrentUser currentUser;

  public RecordContact(ContactIntake intake, CurrentUser currentUser) {
    this.intake = intake;
    this.currentUser = currentUser;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Contact contact = intake.record(execution.getProcessInstanceId(), execution.getVariables(), currentUser.id());
    execution.removeVariables(Arrays.stream(NewContact.FIELDS).filter(f -> !KEPT.contains(f)).toList());
    execution.setVariable("contactId", contact.getId().toString());
    execution.setVariable("personName", contact.getFullName());
    execution.setVariable("safeguardingConcern", contact.isSafeguardingConcern());
    execution.setVariable("matchStatus", contact.getMatchStatus().name());
    execution.setVariable("needsMatchConfirmation", contact.getCandidatePersonId() != null
        && contact.getPersonId() == null);
    if (contact.getPersonId() != null) {
      execution.setVariable("personId", contact.getPersonId().toString());
    }
    if (contact.getCandidatePersonId() != null) {
      execution.setVariable("describedPerson", ContactIntake.summary(contact.describedPerson()));
      execution.setVariable("candidatePerson", intake.describe(contact.getCandidatePersonId()));
    }
  }
}
