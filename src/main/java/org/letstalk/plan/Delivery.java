package org.letstalk.plan;

/** How the support is delivered [T 2.57]. */
public enum Delivery {
  DIRECT_PAYMENT,
  INDIVIDUAL_SERVICE_FUND,
  COUNCIL_ARRANGED
}
