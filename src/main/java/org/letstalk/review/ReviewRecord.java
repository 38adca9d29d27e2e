package org.letstalk.review;

import java.math.BigDecimal;
import java.util.Map;
import org.letstalk.validation.FormInput;
import org.letstalk.validation.InputRejectedException;

/** What the practitioner records at a review, checked before anything is stored. */
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

  public static ReviewRecord from(Map<String, ?> values) {
    FormInput in = FormInput.of(values);
    ReviewOutcome outcome = in.requiredChoice("reviewOutcome", ReviewOutcome.class);
    String findings = in.requiredText("reviewFindings", FormInput.LONG_TEXT);
    boolean person = in.optionalFlag("personTookPart");
    boolean carer = in.optionalFlag("carerTookPart");
    boolean advocate = in.optionalFlag("advocateTookPart");
    boolean provider = in.optionalFlag("providerTookPart");
    String others = in.optionalText("othersWhoTookPart", 1000);
    if (!person && !carer && !advocate && !provider && others == null) {
      throw new InputRejectedException("personTookPart", "say who took part in the review [W ¶191]");
    }
    String whyNot = in.optionalText("whyPersonDidNotTakePart", 1000);
    if (!person && whyNot == null) {
      throw new InputRejectedException("whyPersonDidNotTakePart",
          "is required when the person did not take part [T 1.24]");
    }
    BigDecimal newCost = null;
    String changes = null;
    if (outcome == ReviewOutcome.UPDATE_PLAN) {
      changes = in.requiredText("planChanges", FormInput.LONG_TEXT);
      newCost = in.optionalAmount("newWeeklyCost");
    }
    String reasons = null;
    String evaluation = null;
    String advice = null;
    if (outcome == ReviewOutcome.END_PLAN) {
      reasons = in.requiredText("closureReasons", FormInput.LONG_TEXT);
      evaluation = in.requiredText("outcomesEvaluation", FormInput.LONG_TEXT);
      advice = in.requiredText("informationAndAdvice", FormInput.LONG_TEXT);
    }
    boolean concern = in.optionalFlag("safeguardingConcernFound");
    if (concern) {
      in.requiredText("safeguardingConcernDetail", FormInput.LONG_TEXT);
    }
    String next = in.optionalText("nextReviewIn", 20);
    return new ReviewRecord(outcome, findings, person, carer, advocate, provider, others, whyNot, newCost, changes,
        reasons, evaluation, advice, concern,
        next == null ? null : ReviewInterval.parse("nextReviewIn", next));
  }
}
