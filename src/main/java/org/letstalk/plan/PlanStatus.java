package org.letstalk.plan;

public enum PlanStatus {
  DRAFT,
  ACTIVE,
  /** A version no longer in force: the next version of the same plan was authorised. */
  SUPERSEDED,
  ENDED
}
