package org.letstalk.validation;

import java.math.BigDecimal;

/** Money as forms and the API take it: pounds and pence, not negative, below a million. */
public final class Amounts {

  static final BigDecimal LIMIT = new BigDecimal("1000000");

  private Amounts() {
  }

  /** What is wrong with {@code amount}, or null when nothing is. */
  public static String problem(BigDecimal amount) {
    if (amount.signum() < 0) {
      return "must not be negative";
    }
    if (amount.scale() > 2 || amount.compareTo(LIMIT) >= 0) {
      return "must be pounds and pence below £1,000,000";
    }
    return null;
  }
}
