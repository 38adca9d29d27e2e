package org.letstalk.person;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.letstalk.validation.ConflictException;
import org.letstalk.validation.FormInput;
import org.letstalk.validation.NoSuchRecordException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A person's death: recorded once, with the work it ended and the closing of the case. */
@Service
@Transactional
public class Deaths {

  public static final String DATE_OF_DEATH = "dateOfDeath";
  public static final String HOW_KNOWN = "howKnown";
  private static final DateTimeFormatter BRITISH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final ZoneId COUNCIL_TIME = ZoneId.of("Europe/London");

  private final PersonRepository people;
  private final PersonDeathRepository deaths;
  private final WorkEndedByDeathRepository ended;
  private final PersonDetailsKeeper keeper;
  private final Clock clock;

  public Deaths(PersonRepository people, PersonDeathRepository deaths, WorkEndedByDeathRepository ended,
      PersonDetailsKeeper keeper, Clock clock) {
    this.people = people;
    this.deaths = deaths;
    this.ended = ended;
    this.keeper = keeper;
    this.clock = clock;
  }

  /**
   * Checks and records the death; a second record of it is refused saying who recorded the first (by
   * {@code workerName}, from a user id to the worker's name) and when.
   */
  public PersonDeath record(UUID personId, Map<String, ?> values, String recordedBy,
      Function<String, String> workerName) {
    Person person = people.findById(personId).orElseThrow(() -> new NoSuchRecordException("no person " + personId));
    PersonDeath death = FormInput.read(values, in -> {
      LocalDate on = in.requiredDate(DATE_OF_DEATH);
      String howKnown = in.requiredText(HOW_KNOWN, 1000);
      if (on != null && on.isAfter(LocalDate.now(clock))) {
        in.reject(DATE_OF_DEATH, "must not be in the future");
      } else if (on != null && person.getDateOfBirth() != null && on.isBefore(person.getDateOfBirth())) {
        in.reject(DATE_OF_DEATH, "must not be before the date of birth (" + person.getDateOfBirth() + ")");
      }
      return PersonDeath.of(personId, on, howKnown, recordedBy, clock.instant());
    });
    deaths.findByPersonId(personId).ifPresent(earlier -> {
      String who = workerName.apply(earlier.getRecordedBy());
      throw new ConflictException("this person's death was already recorded by "
          + (who == null || who.isBlank() ? "a worker no longer with the council" : who) + " on "
          + BRITISH_DATE.format(earlier.getRecordedAt().atZone(COUNCIL_TIME)) + ": they died on "
          + BRITISH_DATE.format(earlier.getDateOfDeath()));
    });
    person.died(death.getDateOfDeath());
    keeper.recordChange(personId, DATE_OF_DEATH, null, death.getDateOfDeath().toString(), recordedBy);
    return deaths.saveAndFlush(death);
  }

  public void followedIn(UUID personId, String processInstanceId) {
    death(personId).followedIn(processInstanceId);
  }

  /** Why this process stopped: the person died. A retried step finds the row it wrote. */
  public void workEnded(UUID personId, String processKey, String processInstanceId) {
    if (ended.findByProcessInstanceId(processInstanceId).isEmpty()) {
      ended.save(WorkEndedByDeath.of(personId, processKey, processInstanceId, clock.instant()));
    }
  }

  public PersonDeath caseClosed(UUID personId, String by, String note) {
    PersonDeath death = death(personId);
    death.caseClosed(by, note, clock.instant());
    return death;
  }

  @Transactional(readOnly = true)
  public PersonDeath death(UUID personId) {
    return deaths.findByPersonId(personId).orElseThrow(() -> new NoSuchRecordException("no death of " + personId));
  }

  @Transactional(readOnly = true)
  public java.util.Optional<PersonDeath> find(UUID personId) {
    return deaths.findByPersonId(personId);
  }

  @Transactional(readOnly = true)
  public List<WorkEndedByDeath> workEndedFor(UUID personId) {
    return ended.findByPersonIdOrderByEndedAt(personId);
  }
}
