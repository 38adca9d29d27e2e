package org.letstalk.contact;

/** Who brought the contact to the council [T 7.7]; the statutory return counts requests by it. */
public enum RouteOfAccess {
  SELF,
  CARER_OR_FAMILY,
  PROFESSIONAL,
  OTHER_COUNCIL_TEAM,
  HOSPITAL
}
