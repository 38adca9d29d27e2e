package org.letstalk.plan;

/** Kinds of long-term plan; review intervals are chosen per kind in the review-intervals table. */
public enum PlanType {
  CARE_AND_SUPPORT,
  CARER_SUPPORT,
  RESIDENTIAL_CARE
}
