package org.letstalk.person;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.letstalk.person.NationalCodes.Coded;
import org.letstalk.person.NationalCodes.EthnicCategory;
import org.letstalk.person.NationalCodes.PhenotypicSex;
import org.letstalk.person.NationalCodes.PrimarySupportReason;
import org.letstalk.person.NationalCodes.StatedGender;
import org.letstalk.validation.FormInput;

/**
 * Reads a change to the person's details, from the record page or the API: only the fields sent change, an empty
 * value removes what was recorded, and every problem is reported at once, naming its field.
 */
public final class DetailsForm {

  public static final String TITLE = "title";
  public static final String GIVEN_NAME = "givenName";
  public static final String FAMILY_NAME = "familyName";
  public static final String PREFERRED_NAME = "preferredName";
  public static final String ADDRESS = "address";
  public static final String POSTCODE = "postcode";
  public static final String PHONE = "phone";
  public static final String EMAIL = "email";
  public static final String COMMUNICATION_NEEDS = "communicationNeeds";
  /** The language the person prefers, in their or the worker's words (a dialect, BSL, ...): free text. */
  public static final String PREFERRED_LANGUAGE = "preferredLanguage";
  public static final String CONSENT_TO_SHARE = "consentToShare";
  public static final String STATED_GENDER = "statedGender";
  public static final String PHENOTYPIC_SEX = "phenotypicSex";
  public static final String ETHNIC_CATEGORY = "ethnicCategory";
  public static final String PRIMARY_SUPPORT_REASON = "primarySupportReason";
  public static final String GP_PRACTICE = "gpPractice";
  public static final String MAIN_LANGUAGE = "mainLanguage";
  public static final String INTERPRETER_NEEDED = "interpreterNeeded";
  /** English or Welsh, for letters and documents (the Active Offer). */
  public static final String LANGUAGE = "language";

  /** Every detail kept true through this form, in the order the page shows them. */
  public static final List<String> FIELDS = List.of(TITLE, GIVEN_NAME, FAMILY_NAME, PREFERRED_NAME, ADDRESS, POSTCODE,
      PHONE, EMAIL, PREFERRED_LANGUAGE, COMMUNICATION_NEEDS, CONSENT_TO_SHARE, STATED_GENDER, PHENOTYPIC_SEX, ETHNIC_CATEGORY,
      PRIMARY_SUPPORT_REASON, GP_PRACTICE, MAIN_LANGUAGE, INTERPRETER_NEEDED, LANGUAGE);

  /** The details a council reports that the front door asks too, optional there; interpreter and phone it asked already. */
  public static final List<String> ASKED_AT_THE_FRONT_DOOR = List.of(TITLE, PREFERRED_NAME, EMAIL, STATED_GENDER,
      PHENOTYPIC_SEX, ETHNIC_CATEGORY, PRIMARY_SUPPORT_REASON, GP_PRACTICE, MAIN_LANGUAGE);

  private DetailsForm() {
  }

  /**
   * Those of {@link #ASKED_AT_THE_FRONT_DOOR} that were given, checked as a change here is (a code for a coded one),
   * in the form's order; each problem is noted in {@code in}, naming its field.
   */
  public static Map<String, String> readGiven(FormInput in) {
    Map<String, String> given = new LinkedHashMap<>();
    for (String field : ASKED_AT_THE_FRONT_DOOR) {
      String value = value(in, field);
      if (value != null) {
        given.put(field, value);
      }
    }
    return given;
  }

  /** The person's phone, checked as a change here is: digits, spaces and + ( ) - only; null when none was given. */
  public static String phone(FormInput in) {
    return value(in, PHONE);
  }

  /** The fields sent, each with its new value as stored (a code for a coded one; null to remove it). */
  public static Map<String, String> read(Map<String, ?> values) {
    return FormInput.read(values, in -> {
      Map<String, String> changes = new LinkedHashMap<>();
      for (String field : values.keySet()) {
        if (!FIELDS.contains(field)) {
          in.reject(field, "is not a detail that can be changed here");
          continue;
        }
        changes.put(field, value(in, field));
      }
      if (values.isEmpty()) {
        in.reject("details", "nothing to change: send at least one detail");
      }
      return changes;
    });
  }

  private static String value(FormInput in, String field) {
    return switch (field) {
      case TITLE -> in.optionalText(field, 35);
      case GIVEN_NAME, FAMILY_NAME -> in.requiredText(field, 100);
      case PREFERRED_NAME -> in.optionalText(field, 100);
      case ADDRESS -> in.optionalText(field, 300);
      case POSTCODE -> in.optional(field, 10, raw -> Postcode.normalise(field, raw));
      case PHONE -> in.optional(field, 40, raw -> {
        if (!raw.matches("[0-9 +()-]{6,40}")) {
          in.reject(field, "must be a phone number: digits, spaces and + ( ) - only");
          return null;
        }
        return raw;
      });
      case EMAIL -> in.optional(field, 254, raw -> {
        if (!raw.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
          in.reject(field, "must be an email address, such as name@example.org");
          return null;
        }
        return raw;
      });
      case PREFERRED_LANGUAGE -> in.optionalText(field, 100);
      case COMMUNICATION_NEEDS -> in.optionalText(field, 1000);
      case CONSENT_TO_SHARE, INTERPRETER_NEEDED -> in.has(field) ? String.valueOf(in.requiredFlag(field)) : null;
      case STATED_GENDER -> coded(in, field, StatedGender.class, "the stated gender codes");
      case PHENOTYPIC_SEX -> coded(in, field, PhenotypicSex.class, "the phenotypic sex codes");
      case ETHNIC_CATEGORY -> coded(in, field, EthnicCategory.class, "the ethnic category codes");
      case PRIMARY_SUPPORT_REASON -> coded(in, field, PrimarySupportReason.class, "the primary support reasons");
      case GP_PRACTICE -> in.optional(field, 10, raw -> NationalCodes.gpPractice(raw).orElseGet(() -> {
        in.reject(field, "must be the practice's ODS code: a letter and five digits, such as A81001");
        return null;
      }));
      case MAIN_LANGUAGE -> in.optional(field, 10, raw -> NationalCodes.language(raw).orElseGet(() -> {
        in.reject(field, "must be a two-letter language code, such as en, cy, pl or ur");
        return null;
      }));
      case LANGUAGE -> {
        Language chosen = in.requiredChoice(field, Language.class);
        yield chosen == null ? null : chosen.name();
      }
      default -> throw new IllegalArgumentException(field);
    };
  }

  private static <E extends Enum<E> & Coded> String coded(FormInput in, String field, Class<E> list, String listName) {
    return in.optional(field, 40, raw -> NationalCodes.find(list, raw).map(Coded::code).orElseGet(() -> {
      in.reject(field, "'" + (raw.length() > 40 ? raw.substring(0, 40) : raw) + "' is not one of " + listName + ": "
          + NationalCodes.codes(list));
      return null;
    }));
  }
}
