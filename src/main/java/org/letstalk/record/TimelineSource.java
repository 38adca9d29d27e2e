package org.letstalk.record;

import java.util.List;
import java.util.UUID;

/**
 * Contributes events to a person's timeline. Each feature (contacts, case notes, conversations, plans,
 * spends, decisions, safeguarding, reviews) registers one Spring bean implementing this; the record
 * collects every bean, filters by {@link TimelineEntry#visibleTo()} and orders by date.
 */
public interface TimelineSource {

  List<TimelineEntry> entriesFor(UUID personId, Viewer viewer);
}
