package org.letstalk.longtermsupport;

/** What the health partner decided on continuing health care [H P4]. */
public enum ChcOutcome {
  /** Eligible for NHS continuing health care: the NHS funds the care. */
  ELIGIBLE,
  NOT_ELIGIBLE,
  /** A package funded jointly by the NHS and the council. */
  JOINT_PACKAGE
}
