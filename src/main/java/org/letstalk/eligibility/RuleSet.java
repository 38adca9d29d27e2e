package org.letstalk.eligibility;

/** Which national eligibility criteria a deployment applies. */
public enum RuleSet {
  /** Care Act 2014 and the Care and Support (Eligibility Criteria) Regulations 2015. */
  ENGLAND,
  /** Social Services and Well-being (Wales) Act 2014 and the Care and Support (Eligibility) (Wales) Regulations 2015. */
  WALES
}
