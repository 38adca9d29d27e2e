package org.letstalk.record;

import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.letstalk.person.Person;
import org.letstalk.person.PersonDetails;
import org.letstalk.person.PersonRepository;

/** People with names, NHS numbers and postcodes no other test shares. */
final class RecordFixtures {

  private RecordFixtures() {
  }

  static String uniqueWord() {
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
    }
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  /** An outward code nobody else uses (two letters, two digits) with a fixed inward code. */
  static String uniquePostcode() {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    return "" + (char) ('A' + r.nextInt(26)) + (char) ('A' + r.nextInt(26)) + r.nextInt(10) + r.nextInt(10)
        + " " + r.nextInt(10) + (char) ('A' + r.nextInt(26)) + (char) ('A' + r.nextInt(26));
  }

  static String freshNhsNumber() {
    while (true) {
      StringBuilder digits = new StringBuilder();
      int sum = 0;
      for (int i = 0; i < 9; i++) {
        int d = ThreadLocalRandom.current().nextInt(10);
        digits.append(d);
        sum += d * (10 - i);
      }
      int check = 11 - sum % 11;
      if (check == 11) {
        check = 0;
      }
      if (check != 10) {
        return digits.append(check).toString();
      }
    }
  }

  static Person person(PersonRepository people, String given, String family, LocalDate dob, String nhs, String postcode) {
    return people.save(Person.from(new PersonDetails(given, family, dob, nhs, postcode, "1 Test Street", "0161 000 0000",
        "Welsh", "Uses a hearing aid; speak facing her"), Instant.now()));
  }
}
