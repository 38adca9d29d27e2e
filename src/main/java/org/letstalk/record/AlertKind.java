package org.letstalk.record;

/** What a manager warns every worker about before they visit or call the person. */
public enum AlertKind {
  RISK_TO_STAFF("Risk to staff"),
  LONE_WORKING("Lone working"),
  COMMUNICATION_NEEDS("Communication needs");

  private final String label;

  AlertKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
