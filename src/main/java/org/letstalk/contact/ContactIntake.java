package org.letstalk.contact;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.letstalk.person.DetailsForm;
import org.letstalk.person.Person;
import org.letstalk.person.PersonDetails;
import org.letstalk.person.PersonDetailsKeeper;
import org.letstalk.person.PersonFinder;
import org.letstalk.person.PersonMatch;
import org.letstalk.person.PersonMatch.MatchStatus;
import org.letstalk.person.PersonRepository;
import org.letstalk.store.Idempotent;
import org.letstalk.validation.InputRejectedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The front door's record keeping. Each step is keyed by the contact's process instance, so a retried
 * step finds what it wrote before instead of writing it twice.
 */
@Service
@Transactional
public class ContactIntake {

  /** Who made a change a contact brought, when nobody signed in recorded the contact. */
  static final String FRONT_DOOR = "the front door";

  private final ContactRepository contacts;
  private final PersonRepository people;
  private final PersonFinder finder;
  private final PersonDetailsKeeper keeper;
  private final Clock clock;

  public ContactIntake(ContactRepository contacts, PersonRepository people, PersonFinder finder,
      PersonDetailsKeeper keeper, Clock clock) {
    this.contacts = contacts;
    this.people = people;
    this.finder = finder;
    this.keeper = keeper;
    this.clock = clock;
  }

  /**
   * Records the contact and finds the person. The form is read only the first time: a retried step finds the
   * contact it recorded, whose details have left the process by then.
   */
  public Contact record(String processInstanceId, Supplier<NewContact> form, String recordedBy) {
    return Idempotent.write(contacts, contacts.findByProcessInstanceId(processInstanceId), () -> {
      NewContact received = form.get();
      Contact contact = Contact.received(processInstanceId, received, clock.instant(), recordedBy);
      PersonMatch match = finder.find(received.person());
      contact.matched(match.status(), match.personId(), match.candidateId());
      if (match.personId() != null) {
        people.findById(match.personId()).orElseThrow().chooseLanguage(received.language());
        completeRecord(match.personId(), contact);
      }
      return contact;
    });
  }

  /** A human's answer to an uncertain match: the same person, or somebody new. */
  public Contact decideMatch(String processInstanceId, MatchDecision decision, String decidedBy) {
    return Idempotent.change(byProcess(processInstanceId), c -> c.getMatchStatus() != MatchStatus.UNCERTAIN,
        contact -> {
          if (decision.samePerson()) {
            Person person = people.findById(contact.getCandidatePersonId()).orElseThrow();
            person.completeFrom(contact.describedPerson());
            person.chooseLanguage(contact.getLanguage());
            contact.matchDecided(MatchStatus.CONFIRMED, person.getId(), decidedBy, decision.reason());
          } else {
            Person person = finder.create(contact.describedPerson(), true);
            person.chooseLanguage(contact.getLanguage());
            contact.matchDecided(MatchStatus.REJECTED, person.getId(), decidedBy, decision.reason());
          }
          completeRecord(contact.getPersonId(), contact);
        });
  }

  /**
   * The details a council reports that the contact gave, an interpreter it said is needed, and the consent to share it
   * recorded, fill in what the person's record lacks; whoever recorded the contact made the change. From then on the
   * record keeps them true, whatever a later contact says.
   */
  private void completeRecord(UUID personId, Contact contact) {
    Map<String, String> given = new LinkedHashMap<>(contact.reportedDetails().given());
    given.put(DetailsForm.CONSENT_TO_SHARE, String.valueOf(contact.isConsentToShare()));
    if (contact.isInterpreterNeeded()) {
      given.put(DetailsForm.INTERPRETER_NEEDED, "true");
    }
    keeper.complete(personId, given, contact.getRecordedBy() == null ? FRONT_DOOR : contact.getRecordedBy());
  }

  public Contact decideOutcome(String processInstanceId, OutcomeDecision decision, String decidedBy) {
    return Idempotent.change(byProcess(processInstanceId), c -> c.getOutcome() != null, contact -> {
      if (contact.getPersonId() == null) {
        throw new InputRejectedException("outcome", "the person must be confirmed before the contact is decided");
      }
      contact.outcomeDecided(decision, decidedBy, clock.instant());
    });
  }

  /**
   * Wales: the proportionate assessment after advice found that care and support may be needed, so the contact
   * opened a case after all. Its outcome says so (the reports count it as a request that progressed, not as advice
   * alone) and names who takes the conversation on; the advice given stays on the contact.
   */
  public Contact assessedAsNewCase(String processInstanceId, String allocatedUser, String allocatedGroup) {
    return Idempotent.change(byProcess(processInstanceId), c -> c.getOutcome() == ContactOutcome.NEW_CASE,
        contact -> contact.becameNewCase(allocatedUser, allocatedGroup));
  }

  @Transactional(readOnly = true)
  public Contact byProcess(String processInstanceId) {
    return contacts.findByProcessInstanceId(processInstanceId)
        .orElseThrow(() -> new IllegalStateException("No contact recorded for process " + processInstanceId));
  }

  @Transactional(readOnly = true)
  public java.util.Optional<Contact> find(UUID contactId) {
    return contacts.findById(contactId);
  }

  /** Read from the contact record when the concern is raised, so the detail never sits in a process variable. */
  @Transactional(readOnly = true)
  public String safeguardingDetail(String contactId) {
    return contacts.findById(UUID.fromString(contactId)).map(Contact::getSafeguardingDetail).orElseThrow(
        () -> new IllegalStateException("No contact " + contactId));
  }

  /** Who the contact's concern names, read as the detail is; null when nobody is named. */
  @Transactional(readOnly = true)
  public String safeguardingAllegedPersonName(String contactId) {
    return contacts.findById(UUID.fromString(contactId)).orElseThrow(
        () -> new IllegalStateException("No contact " + contactId)).getSafeguardingAllegedPersonName();
  }

  /** Their relationship to the person, read as the detail is; null when not given. */
  @Transactional(readOnly = true)
  public String safeguardingAllegedPersonRelationship(String contactId) {
    return contacts.findById(UUID.fromString(contactId)).orElseThrow(
        () -> new IllegalStateException("No contact " + contactId)).getSafeguardingAllegedPersonRelationship();
  }

  @Transactional(readOnly = true)
  public String describe(UUID personId) {
    return people.findById(personId).map(p -> summary(p.details())).orElse("");
  }

  /** One line a human compares when confirming a match. */
  public static String summary(PersonDetails p) {
    StringBuilder s = new StringBuilder(p.givenName() + " " + p.familyName());
    s.append(p.dateOfBirth() != null ? ", born " + p.dateOfBirth() : ", date of birth not known");
    s.append(p.postcode() != null ? ", " + p.postcode() : ", postcode not known");
    s.append(p.nhsNumber() != null ? ", NHS " + p.nhsNumber() : ", NHS number not known");
    if (p.address() != null) {
      s.append(", ").append(p.address());
    }
    return s.toString();
  }
}
