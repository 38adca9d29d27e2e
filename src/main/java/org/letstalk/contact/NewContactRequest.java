package org.letstalk.contact;

import static org.letstalk.web.FieldMessages.REQUIRED;
import static org.letstalk.web.FieldMessages.TOO_LONG;
import static org.letstalk.web.FieldMessages.YES_OR_NO;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.letstalk.person.Language;
import org.letstalk.web.ApiRequest;
import org.letstalk.web.Text;

/** {@code POST /api/contacts}: the new contact form's fields, as another system sends them. */
@ApiRequest("a new contact")
public record NewContactRequest(
    @NotBlank(message = REQUIRED) @Size(max = 100, message = TOO_LONG) String givenName,
    @NotBlank(message = REQUIRED) @Size(max = 100, message = TOO_LONG) String familyName,
    LocalDate dateOfBirth,
    @Size(max = 20, message = TOO_LONG) String nhsNumber,
    @Size(max = 10, message = TOO_LONG) String postcode,
    @Size(max = 300, message = TOO_LONG) String address,
    @Size(max = 40, message = TOO_LONG) String phone,
    @Size(max = 100, message = TOO_LONG) String preferredLanguage,
    @Size(max = 1000, message = TOO_LONG) String communicationNeeds,
    String title,
    String preferredName,
    String email,
    /** The codes of the national lists, or their names: {@code 2} or {@code FEMALE}; checked with the form. */
    String statedGender,
    String phenotypicSex,
    String ethnicCategory,
    String primarySupportReason,
    /** The GP practice's ODS code, such as {@code A81001}. */
    String gpPractice,
    /** ISO 639-1, such as {@code cy}. */
    String mainLanguage,
    Boolean interpreterNeeded,
    Language language,
    @NotNull RouteOfAccess routeOfAccess,
    @NotNull ContactMethod contactMethod,
    @Size(max = 200, message = TOO_LONG) String contactName,
    @Size(max = 200, message = TOO_LONG) String contactRelationship,
    @Size(max = 40, message = TOO_LONG) String contactPhone,
    @NotBlank(message = REQUIRED) @Size(max = 4000, message = TOO_LONG) String presentingNeed,
    @NotNull(message = YES_OR_NO) Boolean consentToShare,
    @Size(max = 1000, message = TOO_LONG) String consentNotes,
    Boolean safeguardingConcern,
    @Size(max = 4000, message = TOO_LONG) String safeguardingDetail,
    RequestRoute requestRoute) {

  public NewContactRequest {
    givenName = Text.tidy(givenName);
    familyName = Text.tidy(familyName);
    nhsNumber = Text.tidy(nhsNumber);
    postcode = Text.tidy(postcode);
    address = Text.tidy(address);
    phone = Text.tidy(phone);
    preferredLanguage = Text.tidy(preferredLanguage);
    communicationNeeds = Text.tidy(communicationNeeds);
    contactName = Text.tidy(contactName);
    contactRelationship = Text.tidy(contactRelationship);
    contactPhone = Text.tidy(contactPhone);
    presentingNeed = Text.tidy(presentingNeed);
    consentNotes = Text.tidy(consentNotes);
    safeguardingDetail = Text.tidy(safeguardingDetail);
  }
}
