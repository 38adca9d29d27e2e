package org.letstalk.review.flow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.review.ReviewSchedule;
import org.springframework.stereotype.Component;

/** Records that the review's date has passed, so reports and filters show it as overdue. */
@Component("markReviewOverdue")
public class MarkReviewOverdue implements JavaDelegate {

  private final ReviewSchedule schedule;

  public MarkReviewOverdue(ReviewSchedule schedule) {
    this.schedule = schedule;
  }

  @Override
  public void execute(DelegateExecution execution) {
    schedule.markOverdue(ReviewVariables.planId(execution));
  }
}
