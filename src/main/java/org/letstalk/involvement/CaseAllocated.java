package org.letstalk.involvement;

import java.time.Instant;
import java.util.UUID;

/**
 * A new case was allocated to a team and worker (published in the transaction that opened it; listen after commit
 * to tell the worker). {@code worker} is empty when the case waits in the team's queue for someone to take it.
 */
public record CaseAllocated(UUID personId, UUID involvementId, UUID teamId, String worker, Instant at) {
}
