package org.letstalk.review.flow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.review.Review;
import org.letstalk.review.ReviewInterval;
import org.letstalk.review.ReviewSchedule;
import org.letstalk.review.flow.ReviewIntervals.Intervals;
import org.letstalk.workflow.ProcessVariables;
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
    Intervals table = intervals.forPlan(ReviewVariables.planType(execution));
    Review review;
    if (execution.getVariable(ReviewVariables.REVIEW_ID) == null) {
      review = schedule.scheduleFirst(ReviewVariables.planId(execution), table.first(), table.noticeBefore());
    } else {
      String agreed = ProcessVariables.text(execution, ReviewVariables.NEXT_REVIEW_IN);
      ReviewInterval interval = agreed != null ? ReviewInterval.parse(ReviewVariables.NEXT_REVIEW_IN, agreed)
          : table.thereafter();
      review = schedule.scheduleNext(ReviewVariables.planId(execution), interval, table.noticeBefore());
      execution.removeVariable(ReviewVariables.NEXT_REVIEW_IN);
    }
    ReviewVariables.scheduled(execution, review);
  }
}
