package org.letstalk.eligibility;

/** Whose needs are being determined: the person's own, or a carer's in their own right. */
public enum EligibilityFor {
  ADULT,
  CARER
}
