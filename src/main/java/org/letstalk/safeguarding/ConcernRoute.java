package org.letstalk.safeguarding;

/** What a decision-maker decides for a concern [T 3.11]; every route is recorded with its reason. */
public enum ConcernRoute {
  /** The s42 duty to make enquiries applies. */
  S42_ENQUIRY,
  /** Not an s42 enquiry, but handled through a Let's Talk 2 with proportionate reasons. */
  LETS_TALK_2,
  NO_FURTHER_ACTION
}
