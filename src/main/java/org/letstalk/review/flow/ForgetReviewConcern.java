package org.letstalk.review.flow;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Execution listener ({@code event="start"}) where a review's paths meet after any concern it found was raised: the
 * concern's description and who it names leave the review cycle, which runs for years. They live in the
 * safeguarding records from the moment the concern is raised.
 */
@Component("forgetReviewConcern")
public class ForgetReviewConcern implements ExecutionListener {

  static final List<String> CONCERN_TOLD = List.of(ReviewVariables.SAFEGUARDING_CONCERN_DETAIL,
      ReviewVariables.SAFEGUARDING_ALLEGED_PERSON_NAME, ReviewVariables.SAFEGUARDING_ALLEGED_PERSON_RELATIONSHIP);

  @Override
  public void notify(DelegateExecution execution) {
    execution.removeVariables(CONCERN_TOLD);
  }
}
