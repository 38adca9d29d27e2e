package org.letstalk.record;

import java.util.List;
import java.util.UUID;

/** One page of a person's chronology, newest first, and how many entries the query finds in all. */
public record ChronologyPage(UUID personId, ChronologyQuery query, int page, int pageSize, int total,
    List<ChronologyEntry> entries) {

  public boolean hasNext() {
    return (long) page * pageSize < total;
  }

  public boolean hasPrevious() {
    return page > 1;
  }
}
