package org.letstalk.review.flow;

import java.util.Map;
import org.letstalk.review.EarlyReviewRequest;
import org.letstalk.review.Review;
import org.letstalk.review.ReviewSchedule;
import org.letstalk.workflow.Workflow;
import org.springframework.stereotype.Service;

/**
 * Early review requests, from Tasklist (the start form of request-early-review) or from another system through
 * our API (its start event "Early review asked for by another system"): the same process, so the same permission
 * (who may start it) and the same checks apply; it then tells the plan's review cycle.
 */
@Service
public class EarlyReviews {

  private final ReviewSchedule schedule;
  private final Workflow workflow;

  public EarlyReviews(ReviewSchedule schedule, Workflow workflow) {
    this.schedule = schedule;
    this.workflow = workflow;
  }

  /** Checks the request and starts the request process as the current user; returns the review brought forward. */
  public Review request(EarlyReviewRequest asked) {
    EarlyReviewRequest request = ofThePlan(asked);
    workflow.startByMessage(ReviewVariables.EARLY_REVIEW_ASKED, request.planId().toString(),
        Map.of(ReviewVariables.SUPPORT_PLAN_ID, request.planId().toString(),
            ReviewVariables.REQUESTER_ROLE, request.requesterRole().name(),
            ReviewVariables.REQUESTED_BY, request.requestedBy(),
            ReviewVariables.REQUEST_REASON, request.reason()));
    return schedule.openReview(request.planId());
  }

  /** Called by the request process: the plan's cycle brings its pending review forward. */
  void tellReviewCycle(EarlyReviewRequest asked) {
    EarlyReviewRequest request = ofThePlan(asked);
    workflow.correlate(ReviewVariables.EARLY_REVIEW_REQUESTED, request.planId().toString(),
        ReviewForms.asMessage(request));
  }

  /** The request, naming the plan itself whichever of its versions it named; refused when none is in force. */
  private EarlyReviewRequest ofThePlan(EarlyReviewRequest request) {
    return new EarlyReviewRequest(schedule.checkCanRequestEarly(request.planId()), request.requesterRole(),
        request.requestedBy(), request.reason());
  }
}
