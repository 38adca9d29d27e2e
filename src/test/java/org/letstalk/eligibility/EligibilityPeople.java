package org.letstalk.eligibility;

import java.time.LocalDate;
import java.util.UUID;
import org.letstalk.person.PersonDetails;
import org.letstalk.person.PersonFinder;

/** A fresh person for each test: the database is shared by every test. */
final class EligibilityPeople {

  private EligibilityPeople() {
  }

  static UUID newPerson(PersonFinder finder, String givenName, LocalDate dateOfBirth) {
    String familyName = "Eligibility-" + UUID.randomUUID().toString().substring(0, 8);
    return finder.create(new PersonDetails(givenName, familyName, dateOfBirth, null, null, null, null, null, null),
        true).getId();
  }
}
