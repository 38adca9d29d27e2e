package org.letstalk.safeguarding;

import java.time.LocalDate;

/** A review of the protection plan: go on with it (to the next review) or conclude; with notes. */
public record ProtectionPlanReview(PlanReviewOutcome outcome, String notes, LocalDate nextReviewDueOn) {
}
