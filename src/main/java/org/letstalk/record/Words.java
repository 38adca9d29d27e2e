package org.letstalk.record;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Codes and dates as a practitioner reads them on the record. */
final class Words {

  private static final ZoneId COUNCIL_TIME = ZoneId.of("Europe/London");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private Words() {
  }

  /** INFORMATION_AND_ADVICE reads "information and advice". */
  static String of(Enum<?> code) {
    return code == null ? "" : code.name().toLowerCase(Locale.UK).replace('_', ' ');
  }

  static String date(Instant at) {
    return at == null ? "" : DATE.format(at.atZone(COUNCIL_TIME));
  }
}
