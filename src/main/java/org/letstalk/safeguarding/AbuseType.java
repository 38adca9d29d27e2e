package org.letstalk.safeguarding;

/** The types of abuse and neglect the Care Act statutory guidance names (chapter 14). */
public enum AbuseType {
  PHYSICAL,
  DOMESTIC,
  SEXUAL,
  PSYCHOLOGICAL,
  FINANCIAL_OR_MATERIAL,
  MODERN_SLAVERY,
  DISCRIMINATORY,
  ORGANISATIONAL,
  NEGLECT_AND_ACTS_OF_OMISSION,
  SELF_NEGLECT
}
