package org.letstalk.person;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * Who someone is, as a contact described them (already validated): kept in the same columns by the person's
 * record and by every contact about them.
 */
@Embeddable
public record PersonDetails(
    @Column(name = "given_name", nullable = false) String givenName,
    @Column(name = "family_name", nullable = false) String familyName,
    @Column(name = "date_of_birth") LocalDate dateOfBirth,
    @Column(name = "nhs_number") String nhsNumber,
    @Column(name = "postcode") String postcode,
    @Column(name = "address") String address,
    @Column(name = "phone") String phone,
    @Column(name = "preferred_language") String preferredLanguage,
    @Column(name = "communication_needs") String communicationNeeds) {

  /** These details, with what they lack filled in from {@code later}; nothing already known is overwritten. */
  PersonDetails completedFrom(PersonDetails later) {
    return new PersonDetails(givenName, familyName, known(dateOfBirth, later.dateOfBirth()),
        known(nhsNumber, later.nhsNumber()), postcode, address, known(phone, later.phone()),
        known(preferredLanguage, later.preferredLanguage()), known(communicationNeeds, later.communicationNeeds()));
  }

  private static <T> T known(T now, T later) {
    return now != null ? now : later;
  }
}
