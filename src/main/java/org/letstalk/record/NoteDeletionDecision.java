package org.letstalk.record;

/** A manager's decision on a request to delete a note; refusing needs a reason. */
public record NoteDeletionDecision(boolean approve, String reason) {
}
