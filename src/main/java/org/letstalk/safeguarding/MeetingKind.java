package org.letstalk.safeguarding;

/** How an enquiry starts: a discussion, or a multi-agency strategy meeting. */
public enum MeetingKind {
  ENQUIRY_DISCUSSION,
  STRATEGY_MEETING
}
