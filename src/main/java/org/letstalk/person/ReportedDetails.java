package org.letstalk.person;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The details a council reports, as a contact gave them (already checked by {@link DetailsForm}, each a code where
 * its list has codes): optional at the front door, they fill in what the person's record lacks.
 */
@Embeddable
public record ReportedDetails(
    @Column(name = "title") String title,
    @Column(name = "preferred_name") String preferredName,
    @Column(name = "email") String email,
    @Column(name = "stated_gender") String statedGender,
    @Column(name = "phenotypic_sex") String phenotypicSex,
    @Column(name = "ethnic_category") String ethnicCategory,
    @Column(name = "primary_support_reason") String primarySupportReason,
    @Column(name = "gp_practice") String gpPractice,
    @Column(name = "main_language") String mainLanguage) {

  public static final ReportedDetails NONE = of(Map.of());

  /** From the details given, by their {@link DetailsForm} field names. */
  public static ReportedDetails of(Map<String, String> given) {
    return new ReportedDetails(given.get(DetailsForm.TITLE), given.get(DetailsForm.PREFERRED_NAME),
        given.get(DetailsForm.EMAIL), given.get(DetailsForm.STATED_GENDER), given.get(DetailsForm.PHENOTYPIC_SEX),
        given.get(DetailsForm.ETHNIC_CATEGORY), given.get(DetailsForm.PRIMARY_SUPPORT_REASON),
        given.get(DetailsForm.GP_PRACTICE), given.get(DetailsForm.MAIN_LANGUAGE));
  }

  /** The details given, by their {@link DetailsForm} field names, in the form's order. */
  public Map<String, String> given() {
    Map<String, String> given = new LinkedHashMap<>();
    put(given, DetailsForm.TITLE, title);
    put(given, DetailsForm.PREFERRED_NAME, preferredName);
    put(given, DetailsForm.EMAIL, email);
    put(given, DetailsForm.STATED_GENDER, statedGender);
    put(given, DetailsForm.PHENOTYPIC_SEX, phenotypicSex);
    put(given, DetailsForm.ETHNIC_CATEGORY, ethnicCategory);
    put(given, DetailsForm.PRIMARY_SUPPORT_REASON, primarySupportReason);
    put(given, DetailsForm.GP_PRACTICE, gpPractice);
    put(given, DetailsForm.MAIN_LANGUAGE, mainLanguage);
    return given;
  }

  private static void put(Map<String, String> given, String field, String value) {
    if (value != null) {
      given.put(field, value);
    }
  }
}
