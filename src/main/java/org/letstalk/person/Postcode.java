package org.letstalk.person;

import java.util.regex.Pattern;
import org.letstalk.validation.InputRejectedException;

/** A UK postcode, kept upper case with one space before the inward code. */
public final class Postcode {

  private static final Pattern UK_POSTCODE = Pattern.compile("^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$");

  private Postcode() {
  }

  public static String normalise(String field, String raw) {
    String compact = raw.replaceAll("\\s", "").toUpperCase();
    if (!UK_POSTCODE.matcher(compact).matches()) {
      throw new InputRejectedException(field, "is not a UK postcode");
    }
    return compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
  }

  /** The form used for matching and partial search: upper case, no spaces. */
  public static String key(String postcode) {
    return postcode == null ? null : postcode.replaceAll("\\s", "").toUpperCase();
  }
}
