package org.letstalk.review.flow;

import java.util.Date;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.letstalk.plan.PlanType;
import org.letstalk.review.Review;
import org.letstalk.workflow.ProcessVariables;

/**
 * The variables of review-cycle and request-early-review (processes/review-cycle.bpmn,
 * processes/request-early-review.bpmn), and the messages between them.
 */
public final class ReviewVariables {

  /** Starts a plan's review cycle: its start event "Support plan active". */
  static final String SUPPORT_PLAN_ACTIVE = "support-plan-active";
  /** Brings the pending review of a running cycle forward. */
  static final String EARLY_REVIEW_REQUESTED = "EarlyReviewRequested";
  /** An early review asked for through our API: the start event of request-early-review. */
  static final String EARLY_REVIEW_ASKED = "early-review-asked";
  /** A new version of the plan is in force: its cycle reschedules the pending review. */
  static final String SUPPORT_PLAN_REVISED = "support-plan-revised";

  static final String SUPPORT_PLAN_ID = "supportPlanId";
  static final String PLAN_TYPE = "planType";
  static final String TEAM = "team";
  static final String ALLOCATED_WORKER = "allocatedWorker";

  static final String REVIEW_ID = "reviewId";
  static final String REVIEW_KIND = "reviewKind";
  static final String REVIEW_DUE_DATE = "reviewDueDate";
  static final String REVIEW_NOTICE_DATE = "reviewNoticeDate";
  static final String NEXT_REVIEW_IN = "nextReviewIn";

  /** The review form's fields. */
  static final String REVIEW_OUTCOME = "reviewOutcome";
  static final String REVIEW_FINDINGS = "reviewFindings";
  static final String PERSON_TOOK_PART = "personTookPart";
  static final String CARER_TOOK_PART = "carerTookPart";
  static final String ADVOCATE_TOOK_PART = "advocateTookPart";
  static final String PROVIDER_TOOK_PART = "providerTookPart";
  static final String OTHERS_WHO_TOOK_PART = "othersWhoTookPart";
  static final String WHY_PERSON_DID_NOT_TAKE_PART = "whyPersonDidNotTakePart";
  static final String PLAN_CHANGES = "planChanges";
  static final String NEW_WEEKLY_COST = "newWeeklyCost";
  static final String CLOSURE_REASONS = "closureReasons";
  static final String OUTCOMES_EVALUATION = "outcomesEvaluation";
  static final String INFORMATION_AND_ADVICE = "informationAndAdvice";
  static final String SAFEGUARDING_CONCERN_FOUND = "safeguardingConcernFound";
  static final String SAFEGUARDING_CONCERN_DETAIL = "safeguardingConcernDetail";
  /** Who the concern alleges is responsible, if known: the raising step hands them to the concern. */
  static final String SAFEGUARDING_ALLEGED_PERSON_NAME = "safeguardingAllegedPersonName";
  static final String SAFEGUARDING_ALLEGED_PERSON_RELATIONSHIP = "safeguardingAllegedPersonRelationship";
  /** At the review of a carer's plan: the carer can no longer care, so everyone they care for is reassessed. */
  static final String CARER_CAN_NO_LONGER_CARE = "carerCanNoLongerCare";

  /** A changed cost goes for authorisation with these. */
  static final String COST_CHANGED = "costChanged";
  static final String WEEKLY_COST = "weeklyCost";
  static final String REVIEWED_BY = "reviewedBy";
  /** The review ended the person's last plan and nothing else is worked on in their case: it may close. */
  static final String CASE_MAY_CLOSE = "caseMayClose";
  static final String REVIEW_CHANGE_SUMMARY = "reviewChangeSummary";

  /** The early review request's form, and what it hands the review cycle. */
  static final String REQUESTER_ROLE = "requesterRole";
  static final String REQUESTED_BY = "requestedBy";
  static final String REQUEST_REASON = "requestReason";
  static final String EARLY_REQUESTER_ROLE = "earlyRequesterRole";
  static final String EARLY_REQUESTED_BY = "earlyRequestedBy";
  static final String EARLY_REQUEST_REASON = "earlyRequestReason";

  private ReviewVariables() {
  }

  static UUID planId(DelegateExecution execution) {
    return ProcessVariables.uuid(execution, SUPPORT_PLAN_ID);
  }

  static PlanType planType(DelegateExecution execution) {
    return PlanType.valueOf(ProcessVariables.text(execution, PLAN_TYPE));
  }

  /** The dates the model's timers and the review task read. */
  static void scheduled(DelegateExecution execution, Review review) {
    execution.setVariable(REVIEW_ID, review.getId().toString());
    execution.setVariable(REVIEW_KIND, review.getKind().name());
    execution.setVariable(REVIEW_DUE_DATE, Date.from(review.getDueDate()));
    execution.setVariable(REVIEW_NOTICE_DATE, Date.from(review.getNoticeDate()));
  }
}
