package org.letstalk.review;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.plan.SupportPlans;
import org.letstalk.workflow.CurrentUser;
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
    ReviewRecord record = ReviewRecord.from(execution.getVariables());
    UUID planId = ReviewDelegates.planId(execution);
    Review review = schedule.complete(planId, UUID.fromString((String) execution.getVariable("reviewId")), record,
        currentUser.id());
    execution.setVariable("reviewOutcome", review.getOutcome().name());
    execution.setVariable("safeguardingConcernFound", record.safeguardingConcernFound());
    boolean costChanged = record.newWeeklyCost() != null
        && record.newWeeklyCost().compareTo(plans.get(planId).getWeeklyCost()) != 0;
    execution.setVariable("costChanged", costChanged);
    if (costChanged) {
      execution.setVariable("weeklyCost", record.newWeeklyCost().doubleValue());
      execution.setVariable("reviewedBy", currentUser.id());
      execution.setVariable("reviewChangeSummary", record.planChanges());
    }
    if (record.nextReviewIn() != null) {
      execution.setVariable("nextReviewIn", record.nextReviewIn().toString());
    }
  }
}
