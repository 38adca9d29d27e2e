package org.letstalk.review;

import java.time.Period;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import org.letstalk.validation.InputRejectedException;

/** A period between reviews, written as ISO-8601 (P6W, P3M, P12M); always positive and at most a year [W ¶181]. */
public record ReviewInterval(Period period) {

  private static final Period LONGEST = Period.ofMonths(12);

  public static ReviewInterval parse(String field, String text) {
    Period period;
    try {
      period = Period.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new InputRejectedException(field, "'" + text + "' is not a period such as P6W, P3M or P12M");
    }
    if (period.isNegative() || period.isZero()) {
      throw new InputRejectedException(field, "must be a positive period");
    }
    if (period.toTotalMonths() * 31 + period.getDays() > LONGEST.toTotalMonths() * 31) {
      throw new InputRejectedException(field, "must be at most 12 months: an adult's plan is reviewed at least yearly");
    }
    return new ReviewInterval(period);
  }

  public ZonedDateTime after(ZonedDateTime start) {
    return start.plus(period);
  }

  public ZonedDateTime before(ZonedDateTime end) {
    return end.minus(period);
  }

  @Override
  public String toString() {
    return period.toString();
  }
}
