package org.letstalk.record;

import java.util.Set;

/**
 * One line in a summary section of the record, e.g. "Let's Talk 2 crisis plan, review due 3 March"; {@code link}, when
 * set, is where the line's label leads (a document to download).
 */
public record SummaryItem(RecordSection section, String label, String detail, Set<String> visibleTo, String link) {

  public SummaryItem {
    visibleTo = visibleTo == null ? Visibility.EVERYONE : Set.copyOf(visibleTo);
  }

  /** A line that links nowhere. */
  public SummaryItem(RecordSection section, String label, String detail, Set<String> visibleTo) {
    this(section, label, detail, visibleTo, null);
  }
}
