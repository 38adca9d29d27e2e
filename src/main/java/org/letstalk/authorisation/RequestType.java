package org.letstalk.authorisation;

/** What a manager is asked to authorise [T 7.18 2.3b, 4.3c, 2.5a; T 2.43, 2.51]. */
public enum RequestType {
  /** Closing an involvement after Let's Talk 1 or 2 [T 7.18 2.3b]. */
  CLOSURE,
  /** A crisis-plan spend above the practitioner's limit. */
  LT2_SPEND,
  LT3_SUPPORT_PLAN,
  LT1_FUNDING_CHANGE,
  /** A Let's Talk 1 of an existing case, a reassessment approved before it concludes [T 7.18 4.3c]. */
  LT1_REASSESSMENT,
  /** A new weekly cost agreed at a review of a long-term plan. */
  REVIEW_PLAN_CHANGE,
  OMIT_CONVERSATION;

  /** Requests that decide long-term funding, which no crisis plan may be active for [T 2.43, 2.51]. */
  public boolean decidesLongTermFunding() {
    return this == LT3_SUPPORT_PLAN || this == LT1_FUNDING_CHANGE || this == REVIEW_PLAN_CHANGE;
  }
}
