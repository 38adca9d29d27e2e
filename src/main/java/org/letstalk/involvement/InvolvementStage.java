package org.letstalk.involvement;

/** Where an open involvement is: conversations (Let's Talk 1 and 2), or long-term support with a plan in force. */
public enum InvolvementStage {
  CONVERSATIONS,
  LONG_TERM_SUPPORT
}
