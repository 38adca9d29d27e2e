package org.letstalk.person;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The national code lists the person's reported details are checked against, in one place (sources in
 * docs/sources.md, "The data a council reports"). Each value is stored by its code; the words are what a
 * practitioner reads.
 */
public final class NationalCodes {

  /** A value of a code list. */
  public interface Coded {

    String code();

    String words();
  }

  /** NHS Data Dictionary PERSON STATED GENDER CODE: the gender the person states. */
  public enum StatedGender implements Coded {
    MALE("1", "Male (including trans man)"),
    FEMALE("2", "Female (including trans woman)"),
    INDETERMINATE("9", "Indeterminate (unable to be classified as either male or female)"),
    NOT_KNOWN("X", "Not known (not recorded)");

    private final String code;
    private final String words;

    StatedGender(String code, String words) {
      this.code = code;
      this.words = words;
    }

    @Override
    public String code() {
      return code;
    }

    @Override
    public String words() {
      return words;
    }
  }

  /** NHS Data Dictionary PERSON PHENOTYPIC SEX: sex as observed. */
  public enum PhenotypicSex implements Coded {
    MALE("1", "Male"),
    FEMALE("2", "Female"),
    INDETERMINATE("9", "Indeterminate (unable to be classified as either male or female)");

    private final String code;
    private final String words;

    PhenotypicSex(String code, String words) {
      this.code = code;
      this.words = words;
    }

    @Override
    public String code() {
      return code;
    }

    @Override
    public String words() {
      return words;
    }
  }

  /** NHS Data Dictionary ETHNIC CATEGORY (the 2001 census categories), as the person states it. */
  public enum EthnicCategory implements Coded {
    WHITE_BRITISH("A", "White: British"),
    WHITE_IRISH("B", "White: Irish"),
    WHITE_OTHER("C", "White: any other White background"),
    MIXED_WHITE_BLACK_CARIBBEAN("D", "Mixed: White and Black Caribbean"),
    MIXED_WHITE_BLACK_AFRICAN("E", "Mixed: White and Black African"),
    MIXED_WHITE_ASIAN("F", "Mixed: White and Asian"),
    MIXED_OTHER("G", "Mixed: any other mixed background"),
    ASIAN_INDIAN("H", "Asian or Asian British: Indian"),
    ASIAN_PAKISTANI("J", "Asian or Asian British: Pakistani"),
    ASIAN_BANGLADESHI("K", "Asian or Asian British: Bangladeshi"),
    ASIAN_OTHER("L", "Asian or Asian British: any other Asian background"),
    BLACK_CARIBBEAN("M", "Black or Black British: Caribbean"),
    BLACK_AFRICAN("N", "Black or Black British: African"),
    BLACK_OTHER("P", "Black or Black British: any other Black background"),
    CHINESE("R", "Other ethnic groups: Chinese"),
    OTHER("S", "Other ethnic groups: any other ethnic group"),
    NOT_STATED("Z", "Not stated (the person was asked and chose not to say)"),
    NOT_KNOWN("99", "Not known");

    private final String code;
    private final String words;

    EthnicCategory(String code, String words) {
      this.code = code;
      this.words = words;
    }

    @Override
    public String code() {
      return code;
    }

    @Override
    public String words() {
      return words;
    }
  }

  /** England's Client Level Data (CLD) primary support reason; the code is the name, the words CLD's value. */
  public enum PrimarySupportReason implements Coded {
    ACCESS_AND_MOBILITY_ONLY("Physical Support: Access and mobility only"),
    PERSONAL_CARE_SUPPORT("Physical Support: Personal care support"),
    VISUAL_IMPAIRMENT("Sensory Support: Support for visual impairment"),
    HEARING_IMPAIRMENT("Sensory Support: Support for hearing impairment"),
    DUAL_IMPAIRMENT("Sensory Support: Support for dual impairment"),
    MEMORY_AND_COGNITION("Support with Memory and Cognition"),
    LEARNING_DISABILITY("Learning Disability Support"),
    MENTAL_HEALTH("Mental Health Support"),
    SUBSTANCE_MISUSE("Social Support: Substance misuse support"),
    ASYLUM_SEEKER("Social Support: Asylum seeker support"),
    SOCIAL_ISOLATION_OR_OTHER("Social Support: Support for social isolation or other");

    private final String words;

    PrimarySupportReason(String words) {
      this.words = words;
    }

    @Override
    public String code() {
      return name();
    }

    @Override
    public String words() {
      return words;
    }
  }

  /** An ODS code of a GP practice in England or Wales: a letter and five digits. */
  private static final Pattern GP_PRACTICE = Pattern.compile("[A-Z]\\d{5}");

  /** ISO 639-1 language codes, as the Java runtime keeps them. */
  private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

  private NationalCodes() {
  }

  /** The value whose code (or name) this is, in any case. */
  public static <E extends Enum<E> & Coded> Optional<E> find(Class<E> list, String raw) {
    String wanted = raw.strip();
    return Arrays.stream(list.getEnumConstants())
        .filter(value -> value.code().equalsIgnoreCase(wanted) || value.name().equalsIgnoreCase(wanted))
        .findFirst();
  }

  /** The codes of a list, as a person reads them in an answer naming a bad value. */
  public static <E extends Enum<E> & Coded> String codes(Class<E> list) {
    return Arrays.stream(list.getEnumConstants()).map(value -> value.code() + " (" + value.words() + ")")
        .collect(Collectors.joining(", "));
  }

  /** The practice code upper case, or empty when it is not the shape of one. */
  public static Optional<String> gpPractice(String raw) {
    String code = raw.strip().toUpperCase(Locale.ROOT);
    return GP_PRACTICE.matcher(code).matches() ? Optional.of(code) : Optional.empty();
  }

  /** The ISO 639-1 language code lower case, or empty when there is no such language. */
  public static Optional<String> language(String raw) {
    String code = raw.strip().toLowerCase(Locale.ROOT);
    return LANGUAGES.contains(code) ? Optional.of(code) : Optional.empty();
  }

  /** The language's name in English, for a page. */
  public static String languageName(String code) {
    return code == null ? null : Locale.forLanguageTag(code).getDisplayLanguage(Locale.UK);
  }
}
