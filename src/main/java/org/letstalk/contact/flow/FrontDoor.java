package org.letstalk.contact.flow;

import static org.letstalk.contact.flow.ContactVariables.*;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.letstalk.contact.Contact;
import org.letstalk.contact.ContactIntake;
import org.letstalk.contact.NewContactRequest;
import org.letstalk.person.DetailsForm;
import org.letstalk.web.NextTask;
import org.letstalk.workflow.Workflow;
import org.springframework.stereotype.Service;

/**
 * A contact from another system: the same process as the Tasklist start form, by its own start event "Contact
 * received from another system", as the caller.
 */
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
  public record Received(Contact contact, List<NextTask> nextTasks) {
  }

  public Received receive(NewContactRequest request) {
    Map<String, Object> form = startForm(request);
    // Checked before the process starts so a bad request costs nothing; the process checks again.
    ContactForms.newContact(form, clock);
    String processInstanceId = workflow.startByMessage(RECEIVED, null, form);
    return new Received(intake.byProcess(processInstanceId), workflow.openTasks(processInstanceId).stream()
        .map(t -> new NextTask(t.id(), t.name(), t.taskDefinitionKey())).toList());
  }

  /** The start form's variables, as the Tasklist form writes them. */
  static Map<String, Object> startForm(NewContactRequest r) {
    Map<String, Object> form = new HashMap<>();
    put(form, GIVEN_NAME, r.givenName());
    put(form, FAMILY_NAME, r.familyName());
    put(form, DATE_OF_BIRTH, r.dateOfBirth() == null ? null : r.dateOfBirth().toString());
    put(form, NHS_NUMBER, r.nhsNumber());
    put(form, POSTCODE, r.postcode());
    put(form, ADDRESS, r.address());
    put(form, PHONE, r.phone());
    put(form, PREFERRED_LANGUAGE, r.preferredLanguage());
    put(form, COMMUNICATION_NEEDS, r.communicationNeeds());
    put(form, DetailsForm.TITLE, r.title());
    put(form, DetailsForm.PREFERRED_NAME, r.preferredName());
    put(form, DetailsForm.EMAIL, r.email());
    put(form, DetailsForm.STATED_GENDER, r.statedGender());
    put(form, DetailsForm.PHENOTYPIC_SEX, r.phenotypicSex());
    put(form, DetailsForm.ETHNIC_CATEGORY, r.ethnicCategory());
    put(form, DetailsForm.PRIMARY_SUPPORT_REASON, r.primarySupportReason());
    put(form, DetailsForm.GP_PRACTICE, r.gpPractice());
    put(form, DetailsForm.MAIN_LANGUAGE, r.mainLanguage());
    put(form, INTERPRETER_NEEDED, r.interpreterNeeded());
    put(form, LANGUAGE, r.language() == null ? null : r.language().name());
    put(form, ROUTE_OF_ACCESS, r.routeOfAccess().name());
    put(form, CONTACT_METHOD, r.contactMethod().name());
    put(form, CONTACT_NAME, r.contactName());
    put(form, CONTACT_RELATIONSHIP, r.contactRelationship());
    put(form, CONTACT_PHONE, r.contactPhone());
    put(form, PRESENTING_NEED, r.presentingNeed());
    put(form, CONSENT_TO_SHARE, r.consentToShare());
    put(form, CONSENT_NOTES, r.consentNotes());
    put(form, SAFEGUARDING_CONCERN, r.safeguardingConcern());
    put(form, SAFEGUARDING_DETAIL, r.safeguardingDetail());
    put(form, REQUEST_ROUTE, r.requestRoute() == null ? null : r.requestRoute().name());
    return form;
  }

  private static void put(Map<String, Object> form, String field, Object value) {
    if (value != null) {
      form.put(field, value);
    }
  }
}
