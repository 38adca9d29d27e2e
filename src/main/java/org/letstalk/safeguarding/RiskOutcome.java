package org.letstalk.safeguarding;

/** The risk when the enquiry concludes. */
public enum RiskOutcome {
  REMAINS,
  REDUCED,
  REMOVED
}
