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

  /**
   * The entries that may be on the page {@code query} asks for. A source whose rows grow with a long history reads only
   * those (keyset paging): at least the first {@code query.reach()} of its entries of the kinds and
   * dates asked for that come after {@code query.after()}, in {@link ChronologyCursor#ORDER}; more does no harm, as the
   * record filters, orders and cuts the page itself. By default every entry, for sources that hold a few rows a person.
   */
  default List<TimelineEntry> entriesFor(UUID personId, Viewer viewer, ChronologyQuery query) {
    return entriesFor(personId, viewer);
  }

  /** The kinds of entry this source makes, so a chronology filtered to other kinds does not ask it. */
  default Set<EntryKind> kinds() {
    return EnumSet.allOf(EntryKind.class);
  }
}
