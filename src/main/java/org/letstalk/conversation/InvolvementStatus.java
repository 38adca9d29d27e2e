package org.letstalk.conversation;

public enum InvolvementStatus {
  OPEN,
  CLOSED,
  LONG_TERM_SUPPORT
}
