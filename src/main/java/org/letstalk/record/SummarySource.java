package org.letstalk.record;

import java.util.List;
import java.util.UUID;

/**
 * Contributes lines to the summary sections (carers links, open involvement, active plans and next
 * review). Features register a Spring bean; the record groups items by {@link RecordSection}.
 */
public interface SummarySource {

  List<SummaryItem> itemsFor(UUID personId, Viewer viewer);
}
