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
 * left open), page {@code page} of pages of {@code size} entries, newest first, counted from a place in it (null: from
 * the newest). Following the place a page ended ({@code after}) costs what the first page does; a page number counts
 * the pages before it, so it is kept to {@link #MOST_ENTRIES_BY_NUMBER} entries in.
 */
public record ChronologyQuery(Set<EntryKind> kinds, LocalDate from, LocalDate to, ChronologyCursor after, int page,
    int size) {

  public static final int PAGE_SIZE = 25;
  public static final int MOST_PAGE_SIZE = 100;
  /** How far in a page number reaches: further, a reader follows the place a page ended. */
  public static final int MOST_ENTRIES_BY_NUMBER = 5000;
  /** The date everything recorded is after, and the date it is before, for a query left open at either end. */
  public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
  public static final LocalDate LATEST = LocalDate.of(9999, 12, 31);
  private static final ZoneId COUNCIL_TIME = ZoneId.of("Europe/London");

  public ChronologyQuery {
    kinds = kinds == null || kinds.isEmpty() ? EnumSet.allOf(EntryKind.class) : EnumSet.copyOf(kinds);
  }

  /** The first page of {@link #PAGE_SIZE} entries from the place given. */
  public ChronologyQuery(Set<EntryKind> kinds, LocalDate from, LocalDate to, ChronologyCursor after) {
    this(kinds, from, to, after, 1, PAGE_SIZE);
  }

  public static ChronologyQuery firstPage() {
    return new ChronologyQuery(null, null, null, null);
  }

  /**
   * Reads {@code kind} (one or several, comma-separated), {@code from}, {@code to} (dates, 2026-03-01), {@code after}
   * (the token of the place the previous page ended, from its link to the next), {@code page} (a page number, 1 the
   * first, counted from {@code after} when both are given) and {@code size} (entries a page, up to
   * {@link #MOST_PAGE_SIZE}); every bad one is named in one refusal.
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
    int size = number(params.get("size"), "size", PAGE_SIZE, MOST_PAGE_SIZE,
        "is not a number of entries from 1 to " + MOST_PAGE_SIZE, problems);
    int page = number(params.get("page"), "page", 1, Integer.MAX_VALUE, "is not a page number (1 is the first)",
        problems);
    if ((long) page * size > MOST_ENTRIES_BY_NUMBER) {
      problems.add("page", "is more than " + MOST_ENTRIES_BY_NUMBER + " entries in: follow the link to the next page"
          + " (after=), or narrow the dates");
    }
    problems.throwIfAny();
    return new ChronologyQuery(kinds, from, to, after, page, size);
  }

  private static int number(String text, String field, int otherwise, int most, String problem, Problems problems) {
    if (text == null || text.isBlank()) {
      return otherwise;
    }
    try {
      int number = Integer.parseInt(text.trim());
      if (number >= 1 && number <= most) {
        return number;
      }
    } catch (NumberFormatException e) {
      // named below
    }
    problems.add(field, problem);
    return otherwise;
  }

  /**
   * How many entries from the place on a source must give, at least, for this page and the next page's link: every
   * page before it, the page itself, and one more.
   */
  public int reach() {
    return page * size + 1;
  }

  /** The entries from the place on that the pages before this one hold. */
  public int skipped() {
    return (page - 1) * size;
  }

  /** The same kinds, dates and size, going on after another place, from its first page. */
  public ChronologyQuery goingOnAfter(ChronologyCursor place) {
    return new ChronologyQuery(kinds, from, to, place, 1, size);
  }

  /** The same kinds, dates, place and size, another page. */
  public ChronologyQuery page(int number) {
    return new ChronologyQuery(kinds, from, to, after, number, size);
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

  /** The query string that asks for the same kinds, dates and size, going on after {@code next} (null: the newest). */
  public String queryString(ChronologyCursor next) {
    return goingOnAfter(next).queryString();
  }

  /** The query string that asks for this page again. */
  public String queryString() {
    StringBuilder query = new StringBuilder();
    if (after != null) {
      query.append("&after=").append(after.token());
    }
    if (page != 1) {
      query.append("&page=").append(page);
    }
    if (size != PAGE_SIZE) {
      query.append("&size=").append(size);
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
