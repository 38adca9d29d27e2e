package org.letstalk.review.flow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import java.util.Date;
import org.letstalk.review.EarlyReviewRequest;
import org.letstalk.review.Review;
import org.letstalk.review.ReviewSchedule;
import org.letstalk.workflow.Workflow;
import org.springframework.stereotype.Component;

/**
 * An early review asked for while the review is already under way [W ¶189]: the requester joins that review,
 * which falls due within the early-review interval if that is sooner; its task, and whoever has claimed it,
 * stay as they are.
 */
@Component("addEarlyRequester")
public class AddEarlyRequester implements JavaDelegate {

  private final ReviewSchedule schedule;
  private final ReviewIntervals intervals;
  private final Workflow workflow;

  public AddEarlyRequester(ReviewSchedule schedule, ReviewIntervals intervals, Workflow workflow) {
    this.schedule = schedule;
    this.intervals = intervals;
    this.workflow = workflow;
  }

  @Override
  public void execute(DelegateExecution execution) {
    EarlyReviewRequest request = ReviewForms.correlated(ReviewVariables.planId(execution), execution.getVariables());
    Review review = schedule.addRequester(request,
        intervals.forPlan(ReviewVariables.planType(execution)).earlyWithin(), execution.getActivityInstanceId());
    ReviewVariables.scheduled(execution, review);
    // The review under way is due sooner; its task stays with whoever holds it.
    workflow.dueSooner(execution.getProcessInstanceId(), "Task_ReviewPlan", "Timer_ReviewOverdue",
        Date.from(review.getDueDate()));
  }
}
