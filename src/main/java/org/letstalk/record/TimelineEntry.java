package org.letstalk.record;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One entry in a person's chronology. {@code visibleTo} lists the groups that may see it (empty: everyone who
 * may open the record); the record filters centrally, so a source never has to.
 *
 * @param at         when it happened, for ordering
 * @param kind       what sort of entry, for filtering
 * @param title      one line a reader scans
 * @param details    the full content, line by line, each shown as written (escaped)
 * @param recordedBy user id of who recorded or decided it, or null; the record shows their name
 * @param status     how the entry stands now ("Superseded by version 2", "Deleted"), or null when current
 * @param link       the API address that reads the record behind the entry, or null when there is none
 * @param id         the id of the row behind the entry, which orders entries of the same moment from page to page
 *                   ({@link ChronologyCursor}); when none is given, one made from what the entry says
 */
public record TimelineEntry(Instant at, EntryKind kind, String title, List<String> details, String recordedBy,
    Set<String> visibleTo, String status, String link, UUID id) {

  public TimelineEntry {
    details = details == null ? List.of() : details.stream().filter(d -> d != null && !d.isBlank()).toList();
    visibleTo = visibleTo == null ? Visibility.EVERYONE : Set.copyOf(visibleTo);
    if (id == null) {
      id = UUID.nameUUIDFromBytes(String.join("\n", kind.name(), String.valueOf(at), title, String.join("\n", details),
          String.valueOf(recordedBy), String.valueOf(link)).getBytes(StandardCharsets.UTF_8));
    }
  }

  public TimelineEntry(Instant at, EntryKind kind, String title, List<String> details, String recordedBy,
      Set<String> visibleTo, String status, String link) {
    this(at, kind, title, details, recordedBy, visibleTo, status, link, null);
  }

  /** An entry with no record of its own to read beyond what it shows. */
  public TimelineEntry(Instant at, EntryKind kind, String title, List<String> details, String recordedBy,
      Set<String> visibleTo, String status) {
    this(at, kind, title, details, recordedBy, visibleTo, status, null, null);
  }

  public boolean isCurrent() {
    return status == null;
  }
}
