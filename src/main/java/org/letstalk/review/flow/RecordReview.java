package org.letstalk.review.flow;

import static org.letstalk.review.flow.ReviewVariables.*;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.plan.PlanType;
import org.letstalk.plan.SupportPlans;
import org.letstalk.review.Review;
import org.letstalk.review.ReviewRecord;
import org.letstalk.review.ReviewSchedule;
import org.letstalk.validation.FormInput;
import org.letstalk.workflow.CurrentUser;
import org.letstalk.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** Checks and stores what the review found; sets the outcome the model routes on. */
@Component("recordReview")
public class RecordReview implements JavaDelegate {

  private final ReviewSchedule schedule;
  private final SupportPlans plans;
  private final CurrentUser currentUser;

  public RecordReview(ReviewSchedule schedule, SupportPlans plans, CurrentUser currentUser) {
    this.schedule = schedule;
    this.plans = plans;
    this.currentUser = currentUser;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ReviewRecord record = ReviewForms.record(execution.getVariables());
    UUID planId = planId(execution);
    Review review = schedule.complete(planId, ProcessVariables.uuid(execution, REVIEW_ID), record, currentUser.id());
    execution.setVariable(REVIEW_OUTCOME, review.getOutcome().name());
    execution.setVariable(SAFEGUARDING_CONCERN_FOUND, record.safeguardingConcernFound());
    boolean costChanged = record.newWeeklyCost() != null
        && record.newWeeklyCost().compareTo(plans.current(planId).getWeeklyCost()) != 0;
    execution.setVariable(COST_CHANGED, costChanged);
    execution.setVariable(REVIEWED_BY, currentUser.id());
    if (costChanged) {
      execution.setVariable(WEEKLY_COST, record.newWeeklyCost().doubleValue());
      execution.setVariable(REVIEW_CHANGE_SUMMARY, record.planChanges());
    }
    // The carer of a carer's plan can say at its review that they can no longer care [W ¶117].
    execution.setVariable(CARER_CAN_NO_LONGER_CARE, planType(execution) == PlanType.CARER_SUPPORT
        && FormInput.read(execution.getVariables(), in -> in.optionalFlag(CARER_CAN_NO_LONGER_CARE)));
    if (record.nextReviewIn() != null) {
      execution.setVariable(NEXT_REVIEW_IN, record.nextReviewIn().toString());
    }
  }
}
