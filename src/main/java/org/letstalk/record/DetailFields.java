package org.letstalk.record;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.letstalk.person.DetailsForm;
import org.letstalk.person.Language;
import org.letstalk.person.NationalCodes;
import org.letstalk.person.NationalCodes.Coded;
import org.letstalk.person.NationalCodes.EthnicCategory;
import org.letstalk.person.NationalCodes.PhenotypicSex;
import org.letstalk.person.NationalCodes.PrimarySupportReason;
import org.letstalk.person.NationalCodes.StatedGender;
import org.letstalk.person.Person;

/** The person page's form for keeping the details true: each field with its label, value and choices. */
final class DetailFields {

  record Choice(String code, String words) {
  }

  /** A field of the form; {@code choices} is null for free text. */
  record Field(String name, String label, String value, List<Choice> choices) {
  }

  private static final List<Choice> YES_NO = List.of(new Choice("true", "Yes"), new Choice("false", "No"));
  private static final List<Choice> ENGLISH_OR_WELSH = List.of(new Choice(Language.ENGLISH.name(), "English"),
      new Choice(Language.WELSH.name(), "Welsh (Cymraeg)"));

  private static final Map<String, String> LABELS = Map.ofEntries(
      Map.entry(DetailsForm.TITLE, "Title"),
      Map.entry(DetailsForm.GIVEN_NAME, "Given name"),
      Map.entry(DetailsForm.FAMILY_NAME, "Family name"),
      Map.entry(DetailsForm.PREFERRED_NAME, "Preferred name"),
      Map.entry(DetailsForm.ADDRESS, "Address"),
      Map.entry(DetailsForm.POSTCODE, "Postcode"),
      Map.entry(DetailsForm.PHONE, "Phone"),
      Map.entry(DetailsForm.EMAIL, "Email"),
      Map.entry(DetailsForm.PREFERRED_LANGUAGE, "Preferred language (in words, such as Polish or British Sign Language)"),
      Map.entry(DetailsForm.COMMUNICATION_NEEDS, "Communication needs"),
      Map.entry(DetailsForm.CONSENT_TO_SHARE, "Consent to share information"),
      Map.entry(DetailsForm.STATED_GENDER, "Gender (as the person states it)"),
      Map.entry(DetailsForm.PHENOTYPIC_SEX, "Sex"),
      Map.entry(DetailsForm.ETHNIC_CATEGORY, "Ethnicity (as the person states it)"),
      Map.entry(DetailsForm.PRIMARY_SUPPORT_REASON, "Main reason for support"),
      Map.entry(DetailsForm.GP_PRACTICE, "GP practice code"),
      Map.entry(DetailsForm.MAIN_LANGUAGE, "Main language (two-letter code, such as en or cy)"),
      Map.entry(DetailsForm.INTERPRETER_NEEDED, "Interpreter needed"),
      Map.entry(DetailsForm.LANGUAGE, "Letters and documents in"));

  private DetailFields() {
  }

  static List<Field> of(Person person) {
    return DetailsForm.FIELDS.stream()
        .map(name -> new Field(name, label(name), person.detail(name), choices(name))).toList();
  }

  static String label(String field) {
    return LABELS.getOrDefault(field, field);
  }

  private static List<Choice> choices(String field) {
    return switch (field) {
      case DetailsForm.CONSENT_TO_SHARE, DetailsForm.INTERPRETER_NEEDED -> YES_NO;
      case DetailsForm.LANGUAGE -> ENGLISH_OR_WELSH;
      case DetailsForm.STATED_GENDER -> choices(StatedGender.class);
      case DetailsForm.PHENOTYPIC_SEX -> choices(PhenotypicSex.class);
      case DetailsForm.ETHNIC_CATEGORY -> choices(EthnicCategory.class);
      case DetailsForm.PRIMARY_SUPPORT_REASON -> choices(PrimarySupportReason.class);
      default -> null;
    };
  }

  private static <E extends Enum<E> & Coded> List<Choice> choices(Class<E> list) {
    return Arrays.stream(list.getEnumConstants()).map(c -> new Choice(c.code(), c.words())).toList();
  }

  /** Words for a stored value: the code list's words, yes or no, or the value itself. */
  static String words(String field, String value) {
    if (value == null) {
      return "not recorded";
    }
    List<Choice> choices = choices(field);
    if (choices != null) {
      return choices.stream().filter(c -> c.code().equals(value)).map(Choice::words).findFirst().orElse(value);
    }
    return DetailsForm.MAIN_LANGUAGE.equals(field) ? NationalCodes.languageName(value) : value;
  }
}
