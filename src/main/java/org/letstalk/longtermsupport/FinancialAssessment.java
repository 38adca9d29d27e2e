package org.letstalk.longtermsupport;

import java.math.BigDecimal;
import java.util.UUID;

/** The outcome of the financial assessment, with the weekly contribution when the person pays one. */
public record FinancialAssessment(FinancialOutcome outcome, BigDecimal weeklyContribution,
    UUID eligibilityDeterminationId) {
}
