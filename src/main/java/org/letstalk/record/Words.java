package org.letstalk.record;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Codes, dates and answers as a practitioner reads them on the record, for every feature that writes to it. */
public final class Words {

  private static final ZoneId COUNCIL_TIME = ZoneId.of("Europe/London");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private Words() {
  }

  /** INFORMATION_AND_ADVICE reads "information and advice". */
  public static String of(Enum<?> code) {
    return code == null ? "" : code.name().toLowerCase(Locale.UK).replace('_', ' ');
  }

  public static String date(Instant at) {
    return at == null ? "" : DATE.format(at.atZone(COUNCIL_TIME));
  }

  public static String date(LocalDate day) {
    return day == null ? "" : DATE.format(day);
  }

  /** A yes or no answer, or "not recorded" when nobody gave one. */
  public static String yesNo(Boolean answer) {
    return answer == null ? "not recorded" : answer ? "yes" : "no";
  }

  /** "Label: value", or nothing when there is no value, so an empty answer leaves no empty line. */
  public static String line(String label, Object value) {
    return value == null || value.toString().isBlank() ? "" : label + ": " + value;
  }
}
