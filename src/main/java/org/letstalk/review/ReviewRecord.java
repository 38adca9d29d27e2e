package org.letstalk.review;

import java.math.BigDecimal;

/** What the practitioner records at a review [W ¶188-194], checked before anything is stored. */
public record ReviewRecord(
    ReviewOutcome outcome,
    String findings,
    boolean personTookPart,
    boolean carerTookPart,
    boolean advocateTookPart,
    boolean providerTookPart,
    String othersWhoTookPart,
    String whyPersonDidNotTakePart,
    BigDecimal newWeeklyCost,
    String planChanges,
    String closureReasons,
    String outcomesEvaluation,
    String informationAndAdvice,
    boolean safeguardingConcernFound,
    ReviewInterval nextReviewIn) {
}
