package org.letstalk.involvement;

/** Open from the first contact until the case closes; long-term support is a stage of an open involvement. */
public enum InvolvementStatus {
  OPEN,
  CLOSED
}
