package org.letstalk.safeguarding;

/** After a protection plan review: keep the plan going to another review, or conclude the enquiry. */
public enum PlanReviewOutcome {
  CONTINUE_PLAN,
  CONCLUDE_ENQUIRY
}
