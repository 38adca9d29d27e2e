package org.letstalk.person;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.letstalk.validation.ConflictException;
import org.letstalk.validation.NoSuchRecordException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Changes a person's details and keeps the history of every change: who, when, the value before and after. */
@Service
@Transactional
public class PersonDetailsKeeper {

  private final PersonRepository people;
  private final PersonChangeRepository changes;
  private final Clock clock;

  public PersonDetailsKeeper(PersonRepository people, PersonChangeRepository changes, Clock clock) {
    this.people = people;
    this.changes = changes;
    this.clock = clock;
  }

  /** Applies the checked values ({@link DetailsForm#read}); returns the changes made (a value unchanged is none). */
  public List<PersonChange> change(UUID personId, Map<String, String> values, String changedBy) {
    Person person = person(personId);
    String key = person.identityKeyAfter(values);
    if (key != null) {
      people.findByIdentityKey(key).filter(other -> !other.getId().equals(personId)).ifPresent(other -> {
        throw new ConflictException("another record (" + other.getId() + ") has the same name, date of birth and"
            + " postcode: if they are the same person, propose merging the two records");
      });
    }
    List<PersonChange> made = new ArrayList<>();
    values.forEach((field, value) -> {
      String before = person.detail(field);
      if (!Objects.equals(before, value)) {
        person.changeDetail(field, value);
        made.add(PersonChange.of(personId, field, before, value, changedBy, clock.instant()));
      }
    });
    people.saveAndFlush(person);
    return changes.saveAll(made);
  }

  /**
   * Fills in the details a contact gave that the record lacks, each kept in the history as a change by whoever
   * recorded the contact. A detail already recorded stays: the record is where it is changed, with its history.
   */
  public List<PersonChange> complete(UUID personId, Map<String, String> given, String changedBy) {
    Person person = person(personId);
    List<PersonChange> made = new ArrayList<>();
    given.forEach((field, value) -> {
      if (value != null && person.detail(field) == null) {
        person.changeDetail(field, value);
        made.add(PersonChange.of(personId, field, null, value, changedBy, clock.instant()));
      }
    });
    return changes.saveAll(made);
  }

  /** Records a change made by another step of the record's upkeep (a date of death, a merge). */
  public PersonChange recordChange(UUID personId, String field, String before, String after, String changedBy) {
    return changes.save(PersonChange.of(personId, field, before, after, changedBy, clock.instant()));
  }

  @Transactional(readOnly = true)
  public List<PersonChange> history(UUID personId) {
    person(personId);
    return changes.findByPersonIdOrderByChangedAtAscIdAsc(personId);
  }

  private Person person(UUID personId) {
    return people.findById(personId).orElseThrow(() -> new NoSuchRecordException("no person " + personId));
  }
}
