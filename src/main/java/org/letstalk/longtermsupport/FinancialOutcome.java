package org.letstalk.longtermsupport;

/** The outcome of the financial assessment. */
public enum FinancialOutcome {
  WEEKLY_CONTRIBUTION,
  NO_CONTRIBUTION,
  FULL_COST_SELF_FUNDER
}
