package org.letstalk.record;

import java.util.List;
import java.util.UUID;

/**
 * Contributes lines to the summary sections (who holds the case, the involvement's stage, the plan in force and
 * its next review, open tasks, carers), built from the case itself. Features register a Spring bean; the record
 * groups items by {@link RecordSection}.
 */
public interface SummarySource {

  List<SummaryItem> itemsFor(UUID personId, Viewer viewer);
}
