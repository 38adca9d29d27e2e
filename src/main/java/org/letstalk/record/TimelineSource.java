package org.letstalk.record;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Contributes entries to a person's chronology. Each feature (contacts, case notes, conversations, plans,
 * spends, decisions, safeguarding, reviews) registers one Spring bean implementing this; the record
 * collects every bean, filters by {@link TimelineEntry#visibleTo()} and orders by date.
 */
public interface TimelineSource {

  List<TimelineEntry> entriesFor(UUID personId, Viewer viewer);

  /** The kinds of entry this source makes, so a chronology filtered to other kinds does not ask it. */
  default Set<EntryKind> kinds() {
    return EnumSet.allOf(EntryKind.class);
  }
}
