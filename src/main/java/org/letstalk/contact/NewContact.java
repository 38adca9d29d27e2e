package org.letstalk.contact;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.letstalk.person.NhsNumber;
import org.letstalk.person.PersonDetails;
import org.letstalk.person.Postcode;
import org.letstalk.validation.FormInput;
import org.letstalk.validation.InputRejectedException;

/**
 * A contact as received at the front door, checked field by field. The same checks serve the Tasklist
 * start form and {@code POST /api/contacts}.
 */
public record NewContact(
    PersonDetails person,
    RouteOfAccess routeOfAccess,
    ContactMethod contactMethod,
    String contactName,
    String contactRelationship,
    String contactPhone,
    String presentingNeed,
    boolean consentToShare,
    String consentNotes,
    boolean interpreterNeeded,
    boolean safeguardingConcern,
    String safeguardingDetail) {

  /** The form's field names, which are also the process variables the start form writes. */
  public static final String[] FIELDS = {
      "givenName", "familyName", "dateOfBirth", "nhsNumber", "postcode", "address", "phone",
      "preferredLanguage", "communicationNeeds", "interpreterNeeded", "routeOfAccess", "contactMethod",
      "contactName", "contactRelationship", "contactPhone", "presentingNeed", "consentToShare", "consentNotes",
      "safeguardingConcern", "safeguardingDetail"};

  public static NewContact from(Map<String, ?> values, Clock clock) {
    FormInput in = FormInput.of(values);
    LocalDate dateOfBirth = in.optionalDate("dateOfBirth");
    if (dateOfBirth != null) {
      LocalDate today = LocalDate.now(clock);
      if (dateOfBirth.isAfter(today)) {
        throw new InputRejectedException("dateOfBirth", "is in the future");
      }
      if (dateOfBirth.isBefore(today.minusYears(130))) {
        throw new InputRejectedException("dateOfBirth", "is more than 130 years ago");
      }
    }
    String nhs = in.optionalText("nhsNumber", 20);
    String postcode = in.optionalText("postcode", 10);
    PersonDetails person = new PersonDetails(
        in.requiredText("givenName", 100),
        in.requiredText("familyName", 100),
        dateOfBirth,
        nhs == null ? null : NhsNumber.normalise("nhsNumber", nhs),
        postcode == null ? null : Postcode.normalise("postcode", postcode),
        in.optionalText("address", 300),
        in.optionalText("phone", 40),
        in.optionalText("preferredLanguage", 100),
        in.optionalText("communicationNeeds", 1000));
    RouteOfAccess route = in.requiredChoice("routeOfAccess", RouteOfAccess.class);
    String contactName = in.optionalText("contactName", FormInput.SHORT_TEXT);
    if (route != RouteOfAccess.SELF && contactName == null) {
      throw new InputRejectedException("contactName", "is required when someone other than the person makes contact");
    }
    boolean safeguarding = in.optionalFlag("safeguardingConcern");
    String safeguardingDetail = in.optionalText("safeguardingDetail", FormInput.LONG_TEXT);
    if (safeguarding && safeguardingDetail == null) {
      throw new InputRejectedException("safeguardingDetail", "is required when a safeguarding concern is ticked");
    }
    return new NewContact(
        person,
        route,
        in.requiredChoice("contactMethod", ContactMethod.class),
        contactName,
        in.optionalText("contactRelationship", FormInput.SHORT_TEXT),
        in.optionalText("contactPhone", 40),
        in.requiredText("presentingNeed", FormInput.LONG_TEXT),
        in.requiredFlag("consentToShare"),
        in.optionalText("consentNotes", 1000),
        in.optionalFlag("interpreterNeeded"),
        safeguarding,
        safeguardingDetail);
  }
}
