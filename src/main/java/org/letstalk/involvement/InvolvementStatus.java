package org.letstalk.involvement;

public enum InvolvementStatus {
  OPEN,
  CLOSED,
  LONG_TERM_SUPPORT
}
