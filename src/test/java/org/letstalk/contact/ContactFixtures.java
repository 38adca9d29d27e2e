package org.letstalk.contact;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Valid form input that tests vary one field at a time. */
final class ContactFixtures {

  private ContactFixtures() {
  }

  /** A new contact about a person nobody else in the test run shares a name with. */
  static Map<String, Object> newContact() {
    Map<String, Object> form = new HashMap<>();
    form.put("givenName", "Arthur");
    form.put("familyName", "Test" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36));
    form.put("dateOfBirth", "1944-03-02");
    form.put("postcode", "M33 7XX");
    form.put("routeOfAccess", "SELF");
    form.put("contactMethod", "PHONE");
    form.put("presentingNeed", "Home from hospital after a hip replacement; the house is cold.");
    form.put("consentToShare", true);
    return form;
  }

  /** A valid NHS number no other test uses: nine random digits and their check digit. */
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

  static Map<String, Object> informationAndAdvice() {
    return Map.of("outcome", "INFORMATION_AND_ADVICE",
        "outcomeReason", "Needs met by a local lunch club and a stair rail from the handyperson scheme",
        "informationGiven", "Age UK lunch club details; handyperson scheme number");
  }
}
