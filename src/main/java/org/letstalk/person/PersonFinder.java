package org.letstalk.person;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.letstalk.person.PersonMatch.MatchStatus;
import org.springframework.stereotype.Service;

/**
 * Finds the person a contact is about [T 7.18 §1]: an NHS number match, or name + date of birth + postcode.
 * Anything less certain is left for a human to confirm; a new record is made only when nobody is alike,
 * so a person never gets a silent duplicate.
 */
@Service
public class PersonFinder {

  private final PersonRepository people;
  private final Clock clock;

  public PersonFinder(PersonRepository people, Clock clock) {
    this.people = people;
    this.clock = clock;
  }

  public PersonMatch find(PersonDetails details) {
    if (details.nhsNumber() != null) {
      Optional<Person> byNhs = people.findByNhsNumber(details.nhsNumber());
      if (byNhs.isPresent()) {
        return new PersonMatch(MatchStatus.NHS_NUMBER, byNhs.get().getId(), null);
      }
    }
    String nameKey = Person.nameKey(details.givenName(), details.familyName());
    String postcodeKey = Postcode.key(details.postcode());
    String identityKey = Person.identityKey(nameKey, details.dateOfBirth(), postcodeKey);
    if (identityKey != null) {
      Optional<Person> exact = people.findByIdentityKey(identityKey);
      if (exact.isPresent()) {
        Person person = exact.get();
        if (details.nhsNumber() != null && person.getNhsNumber() != null) {
          // Recorded by another contact since the NHS number was looked up: the same person.
          if (person.getNhsNumber().equals(details.nhsNumber())) {
            return new PersonMatch(MatchStatus.NHS_NUMBER, person.getId(), null);
          }
          // Same name, birthday and postcode but another NHS number: a human decides.
          return new PersonMatch(MatchStatus.UNCERTAIN, null, person.getId());
        }
        return new PersonMatch(MatchStatus.NAME_DATE_OF_BIRTH_POSTCODE, person.getId(), null);
      }
    }
    List<Person> likely = people.findLikelyMatches(nameKey, details.familyName(), details.dateOfBirth(), postcodeKey);
    Optional<Person> candidate = likely.stream()
        .filter(p -> details.nhsNumber() == null || p.getNhsNumber() == null)
        .findFirst();
    if (candidate.isPresent()) {
      return new PersonMatch(MatchStatus.UNCERTAIN, null, candidate.get().getId());
    }
    return new PersonMatch(MatchStatus.NEW_PERSON, create(details, false).getId(), null);
  }

  /** Makes a new person record; {@code distinct} says a human has ruled out an identical-looking record. */
  public Person create(PersonDetails details, boolean distinct) {
    Person person = Person.from(details, clock.instant());
    if (distinct) {
      person.markConfirmedDistinct();
    }
    return people.saveAndFlush(person);
  }
}
