package org.letstalk.contact;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.letstalk.identity.Workers;
import org.letstalk.person.Person;
import org.letstalk.person.PersonDetails;
import org.letstalk.person.PersonFinder;
import org.letstalk.person.PersonMatch;
import org.letstalk.person.PersonMatch.MatchStatus;
import org.letstalk.person.PersonRepository;
import org.letstalk.validation.FormInput;
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

  private final ContactRepository contacts;
  private final PersonRepository people;
  private final PersonFinder finder;
  private final Workers workers;
  private final Clock clock;

  public ContactIntake(ContactRepository contacts, PersonRepository people, PersonFinder finder, Workers workers,
      Clock clock) {
    this.contacts = contacts;
    this.people = people;
    this.finder = finder;
    this.workers = workers;
    this.clock = clock;
  }

  public Contact record(String processInstanceId, Map<String, ?> form, String recordedBy) {
    return contacts.findByProcessInstanceId(processInstanceId).orElseGet(() -> {
      NewContact received = NewContact.from(form, clock);
      Contact contact = Contact.received(processInstanceId, received, clock.instant(), recordedBy);
      PersonMatch match = finder.find(received.person());
      contact.matched(match.status(), match.personId(), match.candidateId());
      return contacts.saveAndFlush(contact);
    });
  }

  /** A human's answer to an uncertain match: the same person, or somebody new. */
  public Contact decideMatch(String processInstanceId, Map<String, ?> form, String decidedBy) {
    Contact contact = byProcess(processInstanceId);
    if (contact.getMatchStatus() != MatchStatus.UNCERTAIN) {
      return contact;
    }
    FormInput in = FormInput.of(form);
    boolean samePerson = in.requiredFlag("matchConfirmed");
    String reason = in.requiredText("matchDecisionReason", FormInput.LONG_TEXT);
    if (samePerson) {
      Person person = people.findById(contact.getCandidatePersonId()).orElseThrow();
      person.completeFrom(contact.describedPerson());
      contact.matchDecided(MatchStatus.CONFIRMED, person.getId(), decidedBy, reason);
    } else {
      Person person = finder.create(contact.describedPerson(), true);
      contact.matchDecided(MatchStatus.REJECTED, person.getId(), decidedBy, reason);
    }
    return contact;
  }

  public Contact decideOutcome(String processInstanceId, Map<String, ?> form, String decidedBy) {
    Contact contact = byProcess(processInstanceId);
    if (contact.getOutcome() != null) {
      return contact;
    }
    if (contact.getPersonId() == null) {
      throw new InputRejectedException("outcome", "the person must be confirmed before the contact is decided");
    }
    OutcomeDecision decision = OutcomeDecision.from(form, decidedBy, workers);
    contact.outcomeDecided(decision, decidedBy, clock.instant());
    return contact;
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

  @Transactional(readOnly = true)
  public String describe(UUID personId) {
    return people.findById(personId).map(p -> summary(p.details())).orElse("");
  }

  /** One line a human compares when confirming a match. */
  static String summary(PersonDetails p) {
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
