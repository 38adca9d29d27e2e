package org.letstalk.record;

import java.time.Instant;
import java.util.List;

/**
 * A chronology entry as a reader sees it: the worker by name, the full content, and where the record behind it is
 * read through the API.
 */
public record ChronologyEntry(Instant at, EntryKind kind, String kindLabel, String title, List<String> details,
    String by, String status, String link) {

  static ChronologyEntry of(TimelineEntry entry, String by) {
    return new ChronologyEntry(entry.at(), entry.kind(), entry.kind().label(), entry.title(), entry.details(), by,
        entry.status(), entry.link());
  }
}
