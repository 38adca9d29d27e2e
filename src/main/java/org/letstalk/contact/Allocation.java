package org.letstalk.contact;

/** Who takes the conversation on: the person working the contact, a named worker, or a team's queue. */
public enum Allocation {
  MYSELF,
  NAMED_WORKER,
  TEAM_QUEUE
}
