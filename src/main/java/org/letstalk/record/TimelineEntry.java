package org.letstalk.record;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * One event on a person's timeline. {@code visibleTo} lists the groups that may see it (empty: everyone who
 * may open the record); the record filters centrally, so a source never has to.
 *
 * @param at        when it happened, for ordering
 * @param kind      what sort of event, in practitioner words ("Contact", "Case note", "Safeguarding")
 * @param title     one line a reader scans
 * @param details   further lines, each shown as written (escaped)
 * @param recordedBy user id of who recorded or decided it, or null
 * @param status    how the entry stands now ("Superseded by version 2", "Deleted"), or null when current
 */
public record TimelineEntry(Instant at, String kind, String title, List<String> details, String recordedBy,
    Set<String> visibleTo, String status) {

  public TimelineEntry {
    details = details == null ? List.of() : details.stream().filter(d -> d != null && !d.isBlank()).toList();
    visibleTo = visibleTo == null ? Visibility.EVERYONE : Set.copyOf(visibleTo);
  }

  public boolean isCurrent() {
    return status == null;
  }
}
