package org.letstalk.person;

import org.letstalk.validation.InputRejectedException;

/** An NHS number: ten digits whose last is the modulus-11 check digit of the first nine. */
public final class NhsNumber {

  private NhsNumber() {
  }

  /** Returns the ten digits without spaces, or throws naming the field when it is not a valid NHS number. */
  public static String normalise(String field, String raw) {
    String digits = raw.replaceAll("[\\s-]", "");
    if (!digits.matches("\\d{10}")) {
      throw new InputRejectedException(field, "must be ten digits");
    }
    if (!hasValidCheckDigit(digits)) {
      throw new InputRejectedException(field, "fails the NHS number check digit (modulus 11)");
    }
    return digits;
  }

  static boolean hasValidCheckDigit(String digits) {
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (digits.charAt(i) - '0') * (10 - i);
    }
    int check = 11 - (sum % 11);
    if (check == 11) {
      check = 0;
    }
    return check != 10 && check == digits.charAt(9) - '0';
  }
}
