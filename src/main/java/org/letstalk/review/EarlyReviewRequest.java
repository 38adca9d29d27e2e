package org.letstalk.review;

import java.util.UUID;

/** A request to review a plan before its date: the plan may not be meeting needs [W ¶189]. */
public record EarlyReviewRequest(UUID planId, RequesterRole requesterRole, String requestedBy, String reason) {
}
