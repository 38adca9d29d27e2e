package org.letstalk.review;

/** What a review decides [W ¶188-194]. */
public enum ReviewOutcome {
  NO_CHANGE,
  UPDATE_PLAN,
  REASSESSMENT,
  END_PLAN
}
