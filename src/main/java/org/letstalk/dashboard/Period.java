package org.letstalk.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.letstalk.validation.InputRejectedException;

/**
 * What a manager asked to see: the days from and to (both included), and one team or every team. Figures
 * about what is open (crisis plans, reviews, enquiries) are taken as at the end of the period, or now when
 * the period has not ended, so a past period reads the same whenever it is asked for.
 */
public record Period(LocalDate from, LocalDate to, UUID teamId, Instant start, Instant end, Instant asOf) {

  static final int DEFAULT_DAYS = 28;
  static final int MOST_DAYS = 3 * 366;

  /** Parses the request's {@code from}, {@code to} and {@code team}; blank means the last 28 days, every team. */
  public static Period parse(String from, String to, String team, Clock clock) {
    ZoneId zone = ZoneId.systemDefault();
    LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
    LocalDate last = blank(to) ? today : date("to", to);
    LocalDate first = blank(from) ? last.minusDays(DEFAULT_DAYS - 1) : date("from", from);
    if (first.isAfter(last)) {
      throw new InputRejectedException("from", "must not be after to");
    }
    if (ChronoUnit.DAYS.between(first, last) >= MOST_DAYS) {
      throw new InputRejectedException("from", "must be at most three years before to");
    }
    UUID teamId;
    try {
      teamId = blank(team) ? null : UUID.fromString(team.trim());
    } catch (IllegalArgumentException e) {
      throw new InputRejectedException("team", "is not a team id");
    }
    Instant start = first.atStartOfDay(zone).toInstant();
    Instant end = last.plusDays(1).atStartOfDay(zone).toInstant();
    Instant now = clock.instant();
    return new Period(first, last, teamId, start, end, end.isBefore(now) ? end : now);
  }

  private static LocalDate date(String field, String value) {
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new InputRejectedException(field, "must be a date like 2026-04-01");
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
