package org.letstalk.contact;

/**
 * How a request reached adult social care, as England's Client Level Data counts it (CLD guidance, Route of
 * Access): not who made the contact ({@link RouteOfAccess}), but the path that brought the person. The words are
 * CLD's values.
 */
public enum RequestRoute {
  PLANNED_ENTRY("Planned Entry (Transition)"),
  DISCHARGE_FROM_HOSPITAL("Discharge from Hospital"),
  DIVERSION_FROM_HOSPITAL("Diversion from Hospital Services"),
  COMMUNITY_OR_OTHER("Community / Other route"),
  PRISON("Prison"),
  SELF_FUNDER("Self-Funder"),
  DISCHARGE_FROM_REABLEMENT("Discharge from Reablement"),
  TRANSFER_FROM_OTHER_LA("Transfer from Other LA");

  private final String cld;

  RequestRoute(String cld) {
    this.cld = cld;
  }

  /** The value CLD reports. */
  public String cld() {
    return cld;
  }
}
