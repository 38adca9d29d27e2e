package org.letstalk.review.flow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.plan.SupportPlan;
import org.letstalk.plan.SupportPlans;
import org.letstalk.review.Review;
import org.letstalk.review.ReviewSchedule;
import org.letstalk.review.flow.ReviewIntervals.Intervals;
import org.springframework.stereotype.Component;

/**
 * A new version of the plan is in force (a reassessment, a funding change, replacement care): the plan keeps its
 * one review cycle, and its pending review is due at the review-intervals table's first interval after the new
 * version's start [W ¶181]. The kind of plan is the new version's.
 */
@Component("rescheduleReview")
public class RescheduleReview implements JavaDelegate {

  private final ReviewSchedule schedule;
  private final ReviewIntervals intervals;
  private final SupportPlans plans;

  public RescheduleReview(ReviewSchedule schedule, ReviewIntervals intervals, SupportPlans plans) {
    this.schedule = schedule;
    this.intervals = intervals;
    this.plans = plans;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SupportPlan version = plans.current(ReviewVariables.planId(execution));
    execution.setVariable(ReviewVariables.PLAN_TYPE, version.getPlanType().name());
    Intervals table = intervals.forPlan(version.getPlanType());
    Review review = schedule.rescheduleAfterRevision(version.getSeriesId(), table.first(), table.noticeBefore());
    ReviewVariables.scheduled(execution, review);
  }
}
