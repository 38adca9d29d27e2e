package org.letstalk.review;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.plan.PlanType;
import org.letstalk.plan.SupportPlans;
import org.letstalk.validation.FormInput;
import org.letstalk.workflow.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Checks and stores what the review found; sets the outcome the model routes on. */
@Component("recordReview")
public class RecordReview implements JavaDelegate {

  private final ReviewSchedule schedule;
  private final SupportPlans plans;
  private final CurrentUser currentUser;
  private final ApplicationEventPublisher events;

  public RecordReview(ReviewSchedule schedule, SupportPlans plans, CurrentUser currentUser,
      ApplicationEventPublisher events) {
    this.schedule = schedule;
    this.plans = plans;
    this.currentUser = currentUser;
    this.events = events;
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
    if (PlanType.CARER_SUPPORT.name().equals(execution.getVariable("planType"))
        && FormInput.of(execution.getVariables()).optionalFlag("carerCanNoLongerCare")) {
      events.publishEvent(new CarerCanNoLongerCare(plans.get(planId).getPersonId(), record.findings()));
    }
    if (record.nextReviewIn() != null) {
      execution.setVariable("nextReviewIn", record.nextReviewIn().toString());
    }
  }
}
