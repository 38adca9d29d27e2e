package org.letstalk.review.flow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.review.EarlyReviewRequest;
import org.letstalk.review.Review;
import org.letstalk.review.ReviewInterval;
import org.letstalk.review.ReviewSchedule;
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
    EarlyReviewRequest request = ReviewForms.correlated(ReviewVariables.planId(execution), execution.getVariables());
    ReviewInterval within = intervals.forPlan(ReviewVariables.planType(execution)).earlyWithin();
    Review review = schedule.bringForward(request, within, execution.getActivityInstanceId());
    ReviewVariables.scheduled(execution, review);
  }
}
