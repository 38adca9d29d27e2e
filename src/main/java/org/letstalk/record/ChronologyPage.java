package org.letstalk.record;

import java.util.List;
import java.util.UUID;

/**
 * One page of a person's chronology, newest first, and where the next page goes on from (null on the last page).
 */
public record ChronologyPage(UUID personId, ChronologyQuery query, int pageSize, List<ChronologyEntry> entries,
    ChronologyCursor next) {

  public boolean hasNext() {
    return next != null;
  }

  /** Whether this page starts from the newest entry, or goes on from a place or from the pages before it. */
  public boolean isFirst() {
    return query.after() == null && query.page() == 1;
  }
}
