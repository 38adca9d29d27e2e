package org.letstalk.safeguarding;

/** Making Safeguarding Personal: were the outcomes the person wanted achieved? */
public enum MspOutcome {
  YES,
  PARTLY,
  NO
}
