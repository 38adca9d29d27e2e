package org.letstalk.record;

import java.util.Set;

/** One line in a summary section of the record, e.g. "Let's Talk 2 crisis plan, review due 3 March". */
public record SummaryItem(RecordSection section, String label, String detail, Set<String> visibleTo) {

  public SummaryItem {
    visibleTo = visibleTo == null ? Visibility.EVERYONE : Set.copyOf(visibleTo);
  }
}
