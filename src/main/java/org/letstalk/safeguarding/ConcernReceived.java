package org.letstalk.safeguarding;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.letstalk.web.NextTask;

/** The answer to a concern reported: the concern, its decision's deadline, and the tasks the caller may see. */
public record ConcernReceived(UUID concernId, String processInstanceId, UUID personId, String personName,
    Instant decisionDueAt, List<NextTask> nextTasks) {
}
