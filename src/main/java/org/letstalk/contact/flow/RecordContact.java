package org.letstalk.contact.flow;

import static org.letstalk.contact.flow.ContactVariables.*;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.contact.Contact;
import org.letstalk.contact.ContactIntake;
import org.letstalk.workflow.CurrentUser;
import org.letstalk.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * Records a new contact and finds the person. Leaves ids and decision inputs in the process; the
 * contact's details move to the contact record, so they are not copied into process variables.
 */
@Component("recordContact")
public class RecordContact implements JavaDelegate {

  private final ContactIntake intake;
  private final CurrentUser currentUser;
  private final ContactQueue contactQueue;
  private final Clock clock;

  public RecordContact(ContactIntake intake, CurrentUser currentUser, Clock clock, ContactQueue contactQueue) {
    this.contactQueue = contactQueue;
    this.intake = intake;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Contact contact = intake.record(execution.getProcessInstanceId(),
        () -> ContactForms.newContact(execution.getVariables(), clock), currentUser.id());
    execution.removeVariables(FIELDS.stream().filter(f -> !KEPT.contains(f)).toList());
    execution.setVariable(ProcessVariables.CONTACT_ID, contact.getId().toString());
    execution.setVariable(ProcessVariables.PERSON_NAME, contact.getFullName());
    execution.setVariable(ContactQueue.CONTACT_QUEUE, contactQueue.queueFor(contact.getRecordedBy()));
    execution.setVariable(SAFEGUARDING_CONCERN, contact.isSafeguardingConcern());
    execution.setVariable(MATCH_STATUS, contact.getMatchStatus().name());
    execution.setVariable(NEEDS_MATCH_CONFIRMATION, contact.getCandidatePersonId() != null
        && contact.getPersonId() == null);
    if (contact.getPersonId() != null) {
      execution.setVariable(ProcessVariables.PERSON_ID, contact.getPersonId().toString());
    }
    if (contact.getCandidatePersonId() != null) {
      execution.setVariable(DESCRIBED_PERSON, ContactIntake.summary(contact.describedPerson()));
      execution.setVariable(CANDIDATE_PERSON, intake.describe(contact.getCandidatePersonId()));
    }
  }
}
