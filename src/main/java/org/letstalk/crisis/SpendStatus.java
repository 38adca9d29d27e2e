package org.letstalk.crisis;

public enum SpendStatus {
  /** Within the practitioner's limit: made at once and recorded with the plan. */
  MADE,
  /** Above the limit: not made until a team manager approves it. */
  AWAITING_APPROVAL,
  APPROVED_AND_MADE,
  NOT_APPROVED
}
