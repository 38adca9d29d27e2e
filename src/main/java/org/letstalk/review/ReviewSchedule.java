package org.letstalk.review;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.letstalk.plan.SupportPlan;
import org.letstalk.plan.SupportPlans;
import org.letstalk.store.Idempotent;
import org.letstalk.validation.InputRejectedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps exactly one review pending for each active plan: scheduled when the plan starts and after each
 * review, brought forward on request, marked overdue when its date passes. Each step is safe to retry.
 */
@Service
@Transactional
public class ReviewSchedule {

  private static final ZoneId COUNCIL_TIME = ZoneId.of("Europe/London");

  private final ReviewRepository reviews;
  private final EarlyRequestRepository earlyRequests;
  private final SupportPlans plans;
  private final PlanDocuments planDocuments;
  private final Clock clock;

  public ReviewSchedule(ReviewRepository reviews, EarlyRequestRepository earlyRequests, SupportPlans plans,
      PlanDocuments planDocuments, Clock clock) {
    this.reviews = reviews;
    this.earlyRequests = earlyRequests;
    this.plans = plans;
    this.planDocuments = planDocuments;
    this.clock = clock;
  }

  /**
   * The first, light-touch review: counted from the plan's authorisation. The person's copy of the plan, with
   * this review's date, is made now.
   */
  public Review scheduleFirst(UUID planId, ReviewInterval first, ReviewInterval notice) {
    SupportPlan plan = plans.get(planId);
    Review review = reviews.findFirstByPlanIdOrderBySequenceNoDesc(planId)
        .orElseGet(() -> schedule(plan, 1, ReviewKind.FIRST, first.after(at(plan.getAuthorisedAt())), notice));
    planDocuments.planInForce(planId, review);
    return review;
  }

  /**
   * A new version of the plan is in force: its pending review is due at the first interval after the new
   * version's start, as a new plan's would be [W ¶181]; a review under way is left as it is.
   */
  public Review rescheduleAfterRevision(UUID planId, ReviewInterval first, ReviewInterval notice) {
    SupportPlan version = plans.current(planId);
    Review pending = openReview(planId);
    ZonedDateTime due = first.after(at(version.getAuthorisedAt()));
    Instant noticeDate = notice.before(due).toInstant();
    pending.rescheduled(due.toInstant(), noticeDate.isBefore(clock.instant()) ? clock.instant() : noticeDate);
    reviews.flush();
    planDocuments.planInForce(planId, pending);
    return pending;
  }

  /** The next review after one is done: counted from today, at the interval agreed or the table's. */
  public Review scheduleNext(UUID planId, ReviewInterval interval, ReviewInterval notice) {
    SupportPlan plan = plans.get(planId);
    Review last = reviews.findFirstByPlanIdOrderBySequenceNoDesc(planId).orElseThrow();
    if (last.isOpen()) {
      return last;
    }
    return schedule(plan, last.getSequenceNo() + 1, ReviewKind.SCHEDULED, interval.after(now()), notice);
  }

  private Review schedule(SupportPlan plan, int sequence, ReviewKind kind, ZonedDateTime due, ReviewInterval notice) {
    Instant noticeDate = notice.before(due).toInstant();
    if (noticeDate.isBefore(clock.instant())) {
      noticeDate = clock.instant();
    }
    return reviews.saveAndFlush(Review.scheduled(plan.getId(), plan.getPersonId(), sequence, kind, due.toInstant(),
        noticeDate, clock.instant()));
  }

  /** Brings the pending review forward; never makes a second one. Every requester is kept. */
  public Review bringForward(EarlyReviewRequest request, ReviewInterval within, String stepKey) {
    Review open = openReview(request.planId());
    open.bringForward(request, within.after(now()).toInstant(), clock.instant());
    keep(open, request, stepKey);
    return open;
  }

  /**
   * An early request while the review is already under way joins it: the requester is added, the first one's
   * name and reason stay, and the review (and whoever holds it) carries on.
   */
  public Review addRequester(EarlyReviewRequest request, ReviewInterval within, String stepKey) {
    Review open = openReview(request.planId());
    open.bringForward(request, within.after(now()).toInstant(), open.getNoticeDate());
    keep(open, request, stepKey);
    return open;
  }

  private void keep(Review review, EarlyReviewRequest request, String stepKey) {
    Idempotent.write(earlyRequests, earlyRequests.findByStepKey(stepKey),
        () -> EarlyRequest.of(review.getId(), stepKey, request, clock.instant()));
  }

  @Transactional(readOnly = true)
  public java.util.List<EarlyRequest> earlyRequests(UUID reviewId) {
    return earlyRequests.findByReviewIdOrderByRequestedAt(reviewId);
  }

  /**
   * Checks a request can be taken before anything is sent to the process: the plan, named by any of its versions,
   * has a version in force. Returns the plan's own id, which its one review cycle is known by.
   */
  @Transactional(readOnly = true)
  public UUID checkCanRequestEarly(UUID planId) {
    SupportPlan plan;
    try {
      plan = plans.get(planId);
    } catch (InputRejectedException e) {
      throw new InputRejectedException("supportPlanId", "no such plan");
    }
    if (plans.inForce(plan.getId()).isEmpty()) {
      throw new InputRejectedException("supportPlanId", "the plan is not active");
    }
    return plan.getSeriesId();
  }

  public Review markOverdue(UUID planId) {
    Review open = openReview(planId);
    open.overdue(clock.instant());
    return open;
  }

  /**
   * Records the review, and makes the person's copy of it. Retried after it was recorded, it returns the recorded
   * review unchanged and finds the copy it made.
   */
  public Review complete(UUID planId, UUID reviewId, ReviewRecord record, String by) {
    Review review = reviews.findById(reviewId).orElseThrow();
    if (!review.getPlanId().equals(planId)) {
      throw new IllegalStateException("review " + reviewId + " is not of plan " + planId);
    }
    if (review.isOpen()) {
      review.complete(record, by, clock.instant());
      reviews.flush();
    }
    planDocuments.reviewed(review);
    return review;
  }

  /**
   * The change a review asked for was declined or returned: the review opens again, due as it was, so it can be
   * marked overdue and its next answer is recorded. Retried, it changes nothing more.
   */
  public Review reopen(UUID planId, UUID reviewId) {
    Review review = reviews.findById(reviewId).orElseThrow();
    if (!review.getPlanId().equals(planId)) {
      throw new IllegalStateException("review " + reviewId + " is not of plan " + planId);
    }
    review.reopen();
    return review;
  }

  @Transactional(readOnly = true)
  public Review openReview(UUID planId) {
    return reviews.findFirstByPlanIdAndCompletedAtIsNullOrderBySequenceNoDesc(planId)
        .orElseThrow(() -> new InputRejectedException("supportPlanId", "the plan has no review pending"));
  }

  private ZonedDateTime now() {
    return clock.instant().atZone(COUNCIL_TIME);
  }

  private static ZonedDateTime at(Instant instant) {
    return instant.atZone(COUNCIL_TIME);
  }
}
