package org.letstalk.review.flow;

import static org.letstalk.review.flow.ReviewVariables.REVIEW_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.review.ReviewSchedule;
import org.letstalk.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * The change the review asked for was declined or returned: the review is open again, so its overdue date still
 * counts and what the worker decides the second time is recorded.
 */
@Component("reopenReview")
public class ReopenReview implements JavaDelegate {

  private final ReviewSchedule schedule;

  public ReopenReview(ReviewSchedule schedule) {
    this.schedule = schedule;
  }

  @Override
  public void execute(DelegateExecution execution) {
    schedule.reopen(ReviewVariables.planId(execution), ProcessVariables.uuid(execution, REVIEW_ID));
  }
}
