package org.letstalk.involvement;

import java.time.Instant;
import java.util.UUID;

/**
 * A team manager moved a case to another team and worker (published in the transfer's transaction; listen after
 * commit to tell the new worker). The {@code from} parts are empty for a case that had no team or worker.
 */
public record CaseTransferred(UUID personId, UUID involvementId, UUID fromTeamId, String fromWorker, UUID toTeamId,
    String toWorker, String reason, String transferredBy, Instant at) {
}
