package org.letstalk.crisis;

public enum CrisisPlanStatus {
  ACTIVE,
  /** Ended early because it was not working; a new plan follows [T 2.43]. */
  ENDED_NOT_WORKING,
  /** Reviewed and finished. */
  REVIEWED
}
