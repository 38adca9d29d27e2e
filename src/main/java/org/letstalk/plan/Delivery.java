package org.letstalk.plan;

/** How the support is delivered [T 2.57]. */
public enum Delivery {
  DIRECT_PAYMENT,
  INDIVIDUAL_SERVICE_FUND,
  COUNCIL_ARRANGED;

  /** How the record says it. */
  public String label() {
    return switch (this) {
      case DIRECT_PAYMENT -> "by direct payment";
      case INDIVIDUAL_SERVICE_FUND -> "by an individual service fund";
      case COUNCIL_ARRANGED -> "arranged by the council";
    };
  }
}
