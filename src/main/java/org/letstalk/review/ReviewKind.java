package org.letstalk.review;

public enum ReviewKind {
  /** The light-touch review 6 to 8 weeks after the plan is authorised. */
  FIRST,
  /** A review at the regular interval. */
  SCHEDULED,
  /** Brought forward at someone's request [W ¶189]. */
  EARLY
}
