package org.letstalk.contact.flow;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.letstalk.contact.Contact;
import org.letstalk.contact.ContactIntake;
import org.letstalk.workflow.Workflow;
import org.letstalk.workflow.Workflow.OpenTask;
import org.springframework.stereotype.Service;

/** A contact from another system: the same process as the Tasklist start form, by its own start event. */
@Service
public class FrontDoor {

  private final Workflow workflow;
  private final ContactIntake intake;
  private final Clock clock;

  public FrontDoor(Workflow workflow, ContactIntake intake, Clock clock) {
    this.workflow = workflow;
    this.intake = intake;
    this.clock = clock;
  }

  /** The contact as recorded, and the tasks it opened for the caller. */
  public record Received(Contact contact, List<OpenTask> nextTasks) {
  }

  /** Starts the contact's process as the caller, with the start form's fields. */
  public Received receive(Map<String, ?> form) {
    // Checked before the process starts so a bad request costs nothing; the process checks again.
    ContactForms.newContact(form, clock);
    String processInstanceId = workflow.startByMessage(ContactVariables.RECEIVED, null, form);
    return new Received(intake.byProcess(processInstanceId), workflow.openTasks(processInstanceId));
  }
}
