package org.letstalk.review;

import java.util.Date;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Reading and writing the review cycle's process variables, shared by its delegates. */
final class ReviewDelegates {

  private ReviewDelegates() {
  }

  static UUID planId(DelegateExecution execution) {
    return UUID.fromString((String) execution.getVariable("supportPlanId"));
  }

  /** The dates the model's timers and the review task read. */
  static void publish(DelegateExecution execution, Review review) {
    execution.setVariable("reviewId", review.getId().toString());
    execution.setVariable("reviewKind", review.getKind().name());
    execution.setVariable("reviewDueDate", Date.from(review.getDueDate()));
    execution.setVariable("reviewNoticeDate", Date.from(review.getNoticeDate()));
  }
}
