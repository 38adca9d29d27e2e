package org.letstalk.authorisation;

public enum AuthorisationDecision {
  APPROVED,
  /** Refused, with the reason. */
  DECLINED,
  /** Sent back to the requester, saying what to change. */
  RETURNED
}
