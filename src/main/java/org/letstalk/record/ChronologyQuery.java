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
 * left open), one page of {@link #PAGE_SIZE} entries, newest first, going on after a place in it (null: from the
 * newest).
 */
public record ChronologyQuery(Set<EntryKind> kinds, LocalDate from, LocalDate to, ChronologyCursor after) {

  public static final int PAGE_SIZE = 25;
  /** The date everything recorded is after, and the date it is before, for a query left open at either end. */
  public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
  public static final LocalDate LATEST = LocalDate.of(9999, 12, 31);
  private static final ZoneId COUNCIL_TIME = ZoneId.of("Europe/London");

  public ChronologyQuery {
    kinds = kinds == null || kinds.isEmpty() ? EnumSet.allOf(EntryKind.class) : EnumSet.copyOf(kinds);
  }

  public static ChronologyQuery firstPage() {
    return new ChronologyQuery(null, null, null, null);
  }

  /**
   * Reads {@code kind} (one or several, comma-separated), {@code from}, {@code to} (dates, 2026-03-01) and {@code after}
   * (the token of the place the previous page ended, from its link to the next); every bad one is named in one refusal.
   * {@code page=1} still asks for the first page, as links made before paging went by place do; other page numbers are
   * refused, since a page is found by where the one before it ended.
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
    ChronologyCursor after = null;
    String afterText = params.get("after");
    if (afterText != null && !afterText.isBlank()) {
      try {
        after = ChronologyCursor.parse(afterText);
      } catch (IllegalArgumentException e) {
        problems.add("after", "is not a place in the chronology: follow the link to the next page");
      }
    }
    String pageText = params.get("page");
    if (pageText != null && !pageText.isBlank() && !pageText.trim().equals("1")) {
      problems.add("page", "is not 1: later pages are found by following the link to the next page (after=)");
    }
    problems.throwIfAny();
    return new ChronologyQuery(kinds, from, to, after);
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

  /** Whether the entry is of a kind and a date asked for, and after the place the page goes on from. */
  boolean includes(TimelineEntry entry) {
    if (!kinds.contains(entry.kind())) {
      return false;
    }
    if (after != null && !after.precedes(entry)) {
      return false;
    }
    Instant at = entry.at();
    if (from != null && (at == null || at.isBefore(fromInstant()))) {
      return false;
    }
    return to == null || (at != null && at.isBefore(untilInstant()));
  }

  /** Whether any of these kinds is asked for. */
  public boolean asks(EntryKind... some) {
    return Arrays.stream(some).anyMatch(kinds::contains);
  }

  /** The first moment asked for ({@link #EARLIEST} when the query is open at the start). */
  public Instant fromInstant() {
    return (from == null ? EARLIEST : from).atStartOfDay(COUNCIL_TIME).toInstant();
  }

  /** The moment after the last asked for. */
  public Instant untilInstant() {
    return (to == null ? LATEST : to.plusDays(1)).atStartOfDay(COUNCIL_TIME).toInstant();
  }

  /** The day asked for first, in council time. */
  public LocalDate fromDate() {
    return from == null ? EARLIEST : from;
  }

  /** The day asked for last, in council time. */
  public LocalDate toDate() {
    return to == null ? LATEST : to;
  }

  /** The day a moment falls on in council time. */
  public static LocalDate dayOf(Instant at) {
    return at.atZone(COUNCIL_TIME).toLocalDate();
  }

  /** The moment a day starts in council time: a case note's place in the chronology. */
  public static Instant startOf(LocalDate day) {
    return day.atStartOfDay(COUNCIL_TIME).toInstant();
  }

  /** The query string that asks for the same kinds and dates again, going on after {@code next} (null: the newest). */
  public String queryString(ChronologyCursor next) {
    StringBuilder query = new StringBuilder();
    if (next != null) {
      query.append("&after=").append(next.token());
    }
    if (kinds.size() < EntryKind.values().length) {
      query.append("&kind=").append(String.join(",", kinds.stream().map(Enum::name).toList()));
    }
    if (from != null) {
      query.append("&from=").append(from);
    }
    if (to != null) {
      query.append("&to=").append(to);
    }
    return query.isEmpty() ? "" : query.substring(1);
  }
}
