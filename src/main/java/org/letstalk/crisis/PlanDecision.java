package org.letstalk.crisis;

/** Ending a plan early: because it is not working (a new plan follows) or because the crisis is over [T 2.43]. */
public enum PlanDecision {
  END_NOT_WORKING,
  REVIEW_NOW
}
