package org.letstalk.record;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.letstalk.validation.Problems;

/**
 * Which part of a chronology to show: some kinds of entry (none named: all), between two dates (each included, either
 * left open), one page of {@link #PAGE_SIZE} entries, newest first.
 */
public record ChronologyQuery(Set<EntryKind> kinds, LocalDate from, LocalDate to, int page) {

  public static final int PAGE_SIZE = 25;
  private static final ZoneId COUNCIL_TIME = ZoneId.of("Europe/London");

  public ChronologyQuery {
    kinds = kinds == null || kinds.isEmpty() ? EnumSet.allOf(EntryKind.class) : EnumSet.copyOf(kinds);
  }

  public static ChronologyQuery firstPage() {
    return new ChronologyQuery(null, null, null, 1);
  }

  /**
   * Reads {@code kind} (one or several, comma-separated), {@code from}, {@code to} (dates, 2026-03-01) and {@code page}
   * (from 1); every bad one is named in one refusal.
   */
  public static ChronologyQuery from(Map<String, String> params) {
    Problems problems = new Problems();
    Set<EntryKind> kinds = EnumSet.noneOf(EntryKind.class);
    String kind = params.get("kind");
    if (kind != null && !kind.isBlank()) {
      for (String one : kind.split(",")) {
        try {
          kinds.add(EntryKind.valueOf(one.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
          problems.add("kind", "is not a kind of entry: give one or more of "
              + String.join(", ", Arrays.stream(EntryKind.values()).map(Enum::name).toList()));
          break;
        }
      }
    }
    LocalDate from = date(params.get("from"), "from", problems);
    LocalDate to = date(params.get("to"), "to", problems);
    if (from != null && to != null && from.isAfter(to)) {
      problems.add("to", "is before from");
    }
    int page = 1;
    String pageText = params.get("page");
    if (pageText != null && !pageText.isBlank()) {
      try {
        page = Integer.parseInt(pageText.trim());
      } catch (NumberFormatException e) {
        page = 0;
      }
      if (page < 1) {
        problems.add("page", "is not a page number (1 or more)");
      }
    }
    problems.throwIfAny();
    return new ChronologyQuery(kinds, from, to, page);
  }

  private static LocalDate date(String text, String field, Problems problems) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      problems.add(field, "is not a date like 2026-03-01");
      return null;
    }
  }

  boolean includes(TimelineEntry entry) {
    if (!kinds.contains(entry.kind())) {
      return false;
    }
    Instant at = entry.at();
    if (from != null && (at == null || at.isBefore(from.atStartOfDay(COUNCIL_TIME).toInstant()))) {
      return false;
    }
    return to == null || (at != null && at.isBefore(to.plusDays(1).atStartOfDay(COUNCIL_TIME).toInstant()));
  }

  /** The query string that asks for this part again, for links between pages. */
  public String queryString(int otherPage) {
    StringBuilder query = new StringBuilder("page=").append(otherPage);
    if (kinds.size() < EntryKind.values().length) {
      query.append("&kind=").append(String.join(",", kinds.stream().map(Enum::name).toList()));
    }
    if (from != null) {
      query.append("&from=").append(from);
    }
    if (to != null) {
      query.append("&to=").append(to);
    }
    return query.toString();
  }
}
