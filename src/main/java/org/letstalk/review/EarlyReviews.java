package org.letstalk.review;

import java.util.HashMap;
import java.util.Map;
import org.letstalk.workflow.Workflow;
import org.springframework.stereotype.Service;

/**
 * Early review requests, from Tasklist or the API. Both start the request-early-review process, so the
 * same permission (who may start it) and the same checks apply; it then tells the plan's review cycle.
 */
@Service
public class EarlyReviews {

  public static final String PROCESS = "request-early-review";
  static final String MESSAGE = "EarlyReviewRequested";

  private final ReviewSchedule schedule;
  private final Workflow workflow;

  public EarlyReviews(ReviewSchedule schedule, Workflow workflow) {
    this.schedule = schedule;
    this.workflow = workflow;
  }

  /** Checks the request and starts the request process as the current user. */
  public Review request(Map<String, ?> form) {
    EarlyReviewRequest request = EarlyReviewRequest.from(form);
    schedule.checkCanRequestEarly(request.planId());
    workflow.start(PROCESS, request.planId().toString(), new HashMap<>(form));
    return schedule.openReview(request.planId());
  }

  /** Called by the request process: the plan's cycle brings its pending review forward. */
  void tellReviewCycle(EarlyReviewRequest request) {
    schedule.checkCanRequestEarly(request.planId());
    workflow.correlate(MESSAGE, request.planId().toString(), new HashMap<>(request.asVariables()));
  }
}
