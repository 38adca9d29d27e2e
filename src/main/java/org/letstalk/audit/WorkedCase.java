package org.letstalk.audit;

import java.time.Instant;
import java.util.UUID;

/** A person whose case a worker worked on at a time (e.g. decided a contact's outcome, held a conversation). */
public record WorkedCase(UUID personId, String worker, Instant at) {
}
