package org.letstalk.record;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.UUID;

/**
 * A place in a person's chronology: the last entry of a page, from which the next page goes on. The chronology is
 * ordered newest first, then by the entry's id (so entries of the same moment keep one order from page to page),
 * then by kind (a contact and the concern raised at it share their moment and id); entries of no known date come last.
 * The cursor travels in links as an opaque token ({@code after=}).
 */
public record ChronologyCursor(Instant at, UUID id, EntryKind kind) {

  /** The chronology's order, the same on every page. */
  public static final Comparator<TimelineEntry> ORDER = Comparator
      .comparing(TimelineEntry::at, Comparator.nullsLast(Comparator.reverseOrder()))
      .thenComparing(entry -> entry.id().toString(), Comparator.reverseOrder())
      .thenComparing(TimelineEntry::kind);

  /** The highest id: with a moment, every entry of that moment. */
  static final UUID LAST_ID = new UUID(-1L, -1L);

  public static ChronologyCursor of(TimelineEntry entry) {
    return new ChronologyCursor(entry.at(), entry.id(), entry.kind());
  }

  /** Whether the entry comes after this place, and so may be on the next page. */
  public boolean precedes(TimelineEntry entry) {
    if (at == null || entry.at() == null) {
      if (at != null) {
        return true;
      }
      if (entry.at() != null) {
        return false;
      }
    } else if (!at.equals(entry.at())) {
      return entry.at().isBefore(at);
    }
    // Ids compare as their text, which orders them as the database orders uuids.
    int byId = id.toString().compareTo(entry.id().toString());
    return byId != 0 ? byId > 0 : kind.compareTo(entry.kind()) < 0;
  }

  public String token() {
    String text = (at == null ? "-" : at.toString()) + "," + id + "," + kind.name();
    return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The cursor a token names; {@link IllegalArgumentException} when it names none. */
  public static ChronologyCursor parse(String token) {
    try {
      String[] parts = new String(Base64.getUrlDecoder().decode(token.trim()), StandardCharsets.UTF_8).split(",", -1);
      if (parts.length != 3) {
        throw new IllegalArgumentException("not a place in a chronology");
      }
      return new ChronologyCursor(parts[0].equals("-") ? null : Instant.parse(parts[0]), UUID.fromString(parts[1]),
          EntryKind.valueOf(parts[2]));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("not a place in a chronology", e);
    }
  }
}
