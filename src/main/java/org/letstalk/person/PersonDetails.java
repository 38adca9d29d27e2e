package org.letstalk.person;

import java.time.LocalDate;

/** Who a contact is about, as the caller described them (already validated). */
public record PersonDetails(
    String givenName,
    String familyName,
    LocalDate dateOfBirth,
    String nhsNumber,
    String postcode,
    String address,
    String phone,
    String preferredLanguage,
    String communicationNeeds) {
}
