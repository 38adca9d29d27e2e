package org.letstalk.review.flow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Brings the plan's review forward: checks the request and tells the plan's review cycle. */
@Component("requestEarlyReview")
public class RequestEarlyReview implements JavaDelegate {

  private final EarlyReviews earlyReviews;

  public RequestEarlyReview(EarlyReviews earlyReviews) {
    this.earlyReviews = earlyReviews;
  }

  @Override
  public void execute(DelegateExecution execution) {
    earlyReviews.tellReviewCycle(ReviewForms.request(execution.getVariables()));
  }
}
