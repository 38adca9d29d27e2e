package org.letstalk.contact.flow;

import java.util.List;
import java.util.stream.Stream;
import org.letstalk.person.DetailsForm;

/** The variables of new-contact (processes/new-contact.bpmn): the contact form's fields and what the steps set. */
public final class ContactVariables {

  public static final String PROCESS_KEY = "new-contact";
  /** A contact from another system, through our API: the start event "Contact received from another system". */
  static final String RECEIVED = "contact-received";
  /** The queue of the team that holds a proportionate assessment after advice or assistance (Wales). */
  public static final String ASSESSMENT_TEAM = "assessmentTeam";

  static final String GIVEN_NAME = "givenName";
  static final String FAMILY_NAME = "familyName";
  static final String DATE_OF_BIRTH = "dateOfBirth";
  static final String NHS_NUMBER = "nhsNumber";
  static final String POSTCODE = "postcode";
  static final String ADDRESS = "address";
  static final String PHONE = "phone";
  static final String PREFERRED_LANGUAGE = "preferredLanguage";
  static final String COMMUNICATION_NEEDS = "communicationNeeds";
  static final String INTERPRETER_NEEDED = "interpreterNeeded";
  /** English or Welsh: the Active Offer's answer. */
  static final String LANGUAGE = "language";
  static final String ROUTE_OF_ACCESS = "routeOfAccess";
  /** How the request reached adult social care, as England's Client Level Data counts it. */
  static final String REQUEST_ROUTE = "requestRoute";
  static final String CONTACT_METHOD = "contactMethod";
  static final String CONTACT_NAME = "contactName";
  static final String CONTACT_RELATIONSHIP = "contactRelationship";
  static final String CONTACT_PHONE = "contactPhone";
  static final String PRESENTING_NEED = "presentingNeed";
  static final String CONSENT_TO_SHARE = "consentToShare";
  static final String CONSENT_NOTES = "consentNotes";
  static final String SAFEGUARDING_CONCERN = "safeguardingConcern";
  static final String SAFEGUARDING_DETAIL = "safeguardingDetail";
  static final String ALLEGED_PERSON_NAME = "allegedPersonName";
  static final String ALLEGED_PERSON_RELATIONSHIP = "allegedPersonRelationship";
  /**
   * The details a council reports that the front door asks too (title, preferred name, email, gender, sex,
   * ethnicity, main reason for support, GP practice, main language), named as on the person's record.
   */
  static final List<String> REPORTED = DetailsForm.ASKED_AT_THE_FRONT_DOOR;

  /** The contact form's fields, which the start form writes as process variables. */
  public static final List<String> FIELDS = Stream.concat(Stream.of(GIVEN_NAME, FAMILY_NAME, DATE_OF_BIRTH, NHS_NUMBER,
      POSTCODE, ADDRESS, PHONE, PREFERRED_LANGUAGE, COMMUNICATION_NEEDS, INTERPRETER_NEEDED, LANGUAGE, ROUTE_OF_ACCESS,
      CONTACT_METHOD, CONTACT_NAME, CONTACT_RELATIONSHIP, CONTACT_PHONE, PRESENTING_NEED, CONSENT_TO_SHARE, CONSENT_NOTES,
      SAFEGUARDING_CONCERN, SAFEGUARDING_DETAIL, ALLEGED_PERSON_NAME, ALLEGED_PERSON_RELATIONSHIP), REPORTED.stream())
      .toList();

  /**
   * Kept in the process once the contact is recorded: shown on tasks (need) or deciding the flow (safeguarding).
   * The concern's detail and whom it names are not: everyone who may work the contact could read them there.
   */
  static final List<String> KEPT = List.of(PRESENTING_NEED, SAFEGUARDING_CONCERN);

  static final String MATCH_STATUS = "matchStatus";
  static final String NEEDS_MATCH_CONFIRMATION = "needsMatchConfirmation";
  static final String DESCRIBED_PERSON = "describedPerson";
  static final String CANDIDATE_PERSON = "candidatePerson";
  static final String MATCH_CONFIRMED = "matchConfirmed";
  static final String MATCH_DECISION_REASON = "matchDecisionReason";

  static final String OUTCOME = "outcome";
  static final String OUTCOME_REASON = "outcomeReason";
  static final String INFORMATION_GIVEN = "informationGiven";
  /** Wales: information alone, advice, or assistance; a decision input of assessment-after-advice. */
  static final String INFORMATION_ADVICE_OR_ASSISTANCE = "informationAdviceOrAssistance";
  static final String CRISIS = "crisis";
  static final String ALLOCATION = "allocation";
  static final String ALLOCATED_WORKER = "allocatedWorker";
  static final String ALLOCATED_TEAM = "allocatedTeam";
  static final String SUGGESTED_CONVERSATION = "suggestedConversation";

  private ContactVariables() {
  }
}
