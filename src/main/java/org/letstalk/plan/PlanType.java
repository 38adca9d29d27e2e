package org.letstalk.plan;

/** Kinds of long-term plan; review intervals are chosen per kind in the review-intervals table. */
public enum PlanType {
  CARE_AND_SUPPORT,
  CARER_SUPPORT,
  RESIDENTIAL_CARE;

  /** At most one plan of each kind is in force for a person: an adult's (at home or residential), a carer's. */
  public String kind() {
    return this == CARER_SUPPORT ? "CARER" : "ADULT";
  }

  /** The plan's name as the record shows it. */
  public String label() {
    return switch (this) {
      case CARE_AND_SUPPORT -> "Care and support plan";
      case CARER_SUPPORT -> "Carer's support plan";
      case RESIDENTIAL_CARE -> "Residential care plan";
    };
  }
}
