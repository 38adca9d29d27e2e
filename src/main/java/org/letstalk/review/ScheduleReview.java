package org.letstalk.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.plan.PlanType;
import org.letstalk.review.ReviewIntervals.Intervals;
import org.springframework.stereotype.Component;

/**
 * Schedules the plan's next review at the interval the review-intervals table gives for its kind of plan,
 * or the interval agreed with the person at the last review [W ¶181].
 */
@Component("scheduleReview")
public class ScheduleReview implements JavaDelegate {

  private final ReviewSchedule schedule;
  private final ReviewIntervals intervals;

  public ScheduleReview(ReviewSchedule schedule, ReviewIntervals intervals) {
    this.schedule = schedule;
    this.intervals = intervals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Intervals table = intervals.forPlan(PlanType.valueOf((String) execution.getVariable("planType")));
    Review review;
    if (execution.getVariable("reviewId") == null) {
      review = schedule.scheduleFirst(ReviewDelegates.planId(execution), table.first(), table.noticeBefore());
    } else {
      Object agreed = execution.getVariable("nextReviewIn");
      ReviewInterval interval = agreed != null ? ReviewInterval.parse("nextReviewIn", agreed.toString())
          : table.thereafter();
      review = schedule.scheduleNext(ReviewDelegates.planId(execution), interval, table.noticeBefore());
      execution.removeVariable("nextReviewIn");
    }
    ReviewDelegates.publish(execution, review);
  }
}
