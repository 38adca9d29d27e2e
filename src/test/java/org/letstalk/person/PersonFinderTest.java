package org.letstalk.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;


import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.letstalk.person.PersonMatch.MatchStatus;

/**
 * Two contacts about one new person at the same moment: the second looks the NHS number up before the first is
 * saved, then finds the first's record by name, birthday and postcode. It is the same person, not a question.
 */
class PersonFinderTest {

  private final PersonRepository people = mock(PersonRepository.class);
  private final PersonFinder finder = new PersonFinder(people, Clock.systemUTC());

  @Test
  void aRecordMadeSinceTheNhsNumberWasLookedUpIsTheSamePersonWhenItsNhsNumberIsTheSame() {
    PersonDetails described = details("9434765919");
    Person recordedMeanwhile = Person.from(described, Instant.now());
    when(people.findByNhsNumber("9434765919")).thenReturn(Optional.empty());
    when(people.findByIdentityKey(any())).thenReturn(Optional.of(recordedMeanwhile));

    PersonMatch match = finder.find(described);

    assertThat(match.status()).isEqualTo(MatchStatus.NHS_NUMBER);
    assertThat(match.personId()).isEqualTo(recordedMeanwhile.getId());
  }

  @Test
  void theSameNameBirthdayAndPostcodeWithAnotherNhsNumberIsForAHumanToDecide() {
    Person other = Person.from(details("4010232137"), Instant.now());
    when(people.findByNhsNumber("9434765919")).thenReturn(Optional.empty());
    when(people.findByIdentityKey(any())).thenReturn(Optional.of(other));

    PersonMatch match = finder.find(details("9434765919"));

    assertThat(match.status()).isEqualTo(MatchStatus.UNCERTAIN);
    assertThat(match.personId()).isNull();
    assertThat(match.candidateId()).isEqualTo(other.getId());
  }

  private static PersonDetails details(String nhsNumber) {
    return new PersonDetails("Ada", "Lovelace", LocalDate.of(1940, 12, 10), nhsNumber, "M33 7XX", null, null, null,
        null);
  }
}
