package org.letstalk.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("requestEarlyReview")
public class RequestEarlyReview implements JavaDelegate {

  private final EarlyReviews earlyReviews;

  public RequestEarlyReview(EarlyReviews earlyReviews) {
    this.earlyReviews = earlyReviews;
  }

  @Override
  public void execute(DelegateExecution execution) {
    earlyReviews.tellReviewCycle(EarlyReviewRequest.from(execution.getVariables()));
  }
}
