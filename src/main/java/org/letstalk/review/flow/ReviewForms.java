package org.letstalk.review.flow;

import static org.letstalk.review.flow.ReviewVariables.*;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import org.letstalk.review.EarlyReviewRequest;
import org.letstalk.review.RequesterRole;
import org.letstalk.review.ReviewInterval;
import org.letstalk.review.ReviewOutcome;
import org.letstalk.review.ReviewRecord;
import org.letstalk.validation.FormInput;
import org.letstalk.validation.InputRejectedException;

/** Reads the review's form and an early review request. */
public final class ReviewForms {

  private ReviewForms() {
  }

  /** What the practitioner records at a review: who took part [W ¶191; T 1.24], and what it decided. */
  static ReviewRecord record(Map<String, ?> variables) {
    return FormInput.read(variables, in -> {
      ReviewOutcome outcome = in.requiredChoice(REVIEW_OUTCOME, ReviewOutcome.class);
      String findings = in.requiredText(REVIEW_FINDINGS, FormInput.LONG_TEXT);
      boolean person = in.optionalFlag(PERSON_TOOK_PART);
      boolean carer = in.optionalFlag(CARER_TOOK_PART);
      boolean advocate = in.optionalFlag(ADVOCATE_TOOK_PART);
      boolean provider = in.optionalFlag(PROVIDER_TOOK_PART);
      String others = in.optionalText(OTHERS_WHO_TOOK_PART, 1000);
      if (!person && !carer && !advocate && !provider && others == null && !in.rejected(PERSON_TOOK_PART)) {
        in.reject(PERSON_TOOK_PART, "say who took part in the review");  // [W ¶191]
      }
      String whyNot = in.optionalText(WHY_PERSON_DID_NOT_TAKE_PART, 1000);
      if (!person && whyNot == null && !in.rejected(WHY_PERSON_DID_NOT_TAKE_PART)) {
        in.reject(WHY_PERSON_DID_NOT_TAKE_PART, "is required when the person did not take part");  // [T 1.24]
      }
      BigDecimal newCost = null;
      String changes = null;
      if (outcome == ReviewOutcome.UPDATE_PLAN) {
        changes = in.requiredText(PLAN_CHANGES, FormInput.LONG_TEXT);
        newCost = in.optionalAmount(NEW_WEEKLY_COST);
      }
      String reasons = null;
      String evaluation = null;
      String advice = null;
      if (outcome == ReviewOutcome.END_PLAN) {
        reasons = in.requiredText(CLOSURE_REASONS, FormInput.LONG_TEXT);
        evaluation = in.requiredText(OUTCOMES_EVALUATION, FormInput.LONG_TEXT);
        advice = in.requiredText(INFORMATION_AND_ADVICE, FormInput.LONG_TEXT);
      }
      boolean concern = in.optionalFlag(SAFEGUARDING_CONCERN_FOUND);
      if (concern) {
        in.requiredText(SAFEGUARDING_CONCERN_DETAIL, FormInput.LONG_TEXT);
        in.optionalText(SAFEGUARDING_ALLEGED_PERSON_NAME, FormInput.SHORT_TEXT);
        in.optionalText(SAFEGUARDING_ALLEGED_PERSON_RELATIONSHIP, FormInput.SHORT_TEXT);
      }
      ReviewInterval next = in.optional(NEXT_REVIEW_IN, 20, text -> ReviewInterval.parse(NEXT_REVIEW_IN, text));
      return new ReviewRecord(outcome, findings, person, carer, advocate, provider, others, whyNot, newCost, changes,
          reasons, evaluation, advice, concern, next);
    });
  }

  /** An early review request, from its start form or from another system [W ¶189]. */
  public static EarlyReviewRequest request(Map<String, ?> values) {
    return FormInput.read(values, in -> new EarlyReviewRequest(
        in.has(SUPPORT_PLAN_ID) ? in.optional(SUPPORT_PLAN_ID, 36, ReviewForms::planId) : required(in),
        in.requiredChoice(REQUESTER_ROLE, RequesterRole.class),
        in.requiredText(REQUESTED_BY, FormInput.SHORT_TEXT),
        in.requiredText(REQUEST_REASON, FormInput.LONG_TEXT)));
  }

  private static UUID required(FormInput in) {
    in.reject(SUPPORT_PLAN_ID, "is required");
    return null;
  }

  private static UUID planId(String text) {
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      throw new InputRejectedException(SUPPORT_PLAN_ID, "is not a plan id");
    }
  }

  /** The request as the review cycle's message carries it. */
  static Map<String, Object> asMessage(EarlyReviewRequest request) {
    return Map.of(EARLY_REQUESTER_ROLE, request.requesterRole().name(), EARLY_REQUESTED_BY, request.requestedBy(),
        EARLY_REQUEST_REASON, request.reason());
  }

  /** The request as the review cycle received it with the message. */
  static EarlyReviewRequest correlated(UUID planId, Map<String, ?> variables) {
    return FormInput.read(variables, in -> new EarlyReviewRequest(planId,
        in.requiredChoice(EARLY_REQUESTER_ROLE, RequesterRole.class),
        in.requiredText(EARLY_REQUESTED_BY, FormInput.SHORT_TEXT),
        in.requiredText(EARLY_REQUEST_REASON, FormInput.LONG_TEXT)));
  }
}
