package org.letstalk.audit;

/** The audit judgement scale [T 6.15]. */
public enum Grade {
  EXCELLENT,
  GOOD,
  ADEQUATE,
  POOR,
  UNACCEPTABLE;

  public boolean needsCommentary() {
    return this == POOR || this == UNACCEPTABLE;
  }

  public String label() {
    return name().charAt(0) + name().substring(1).toLowerCase();
  }
}
