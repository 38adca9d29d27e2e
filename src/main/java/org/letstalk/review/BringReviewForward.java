package org.letstalk.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.plan.PlanType;
import org.springframework.stereotype.Component;

/** Moves the pending review forward after an early request; the cycle stays one cycle. */
@Component("bringReviewForward")
public class BringReviewForward implements JavaDelegate {

  private final ReviewSchedule schedule;
  private final ReviewIntervals intervals;

  public BringReviewForward(ReviewSchedule schedule, ReviewIntervals intervals) {
    this.schedule = schedule;
    this.intervals = intervals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    EarlyReviewRequest request = EarlyReviewRequest.fromCorrelated(ReviewDelegates.planId(execution),
        execution.getVariables());
    ReviewInterval within = intervals.forPlan(PlanType.valueOf((String) execution.getVariable("planType"))).earlyWithin();
    Review review = schedule.bringForward(request, within);
    ReviewDelegates.publish(execution, review);
  }
}
