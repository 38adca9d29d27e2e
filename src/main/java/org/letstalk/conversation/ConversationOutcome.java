package org.letstalk.conversation;

/** What follows a conversation [T 2.33, 2.47]. */
public enum ConversationOutcome {
  /** No ongoing need: the involvement closes, with a team manager's authorisation [T 7.18 2.3b]. */
  NO_ONGOING_NEED,
  LT1,
  LT2,
  LT3,
  SAFEGUARDING
}
