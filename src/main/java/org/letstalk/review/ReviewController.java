package org.letstalk.review;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.letstalk.record.RecordReads;
import org.letstalk.record.RecordReads.RecordView;
import org.letstalk.record.Viewer;
import org.letstalk.record.Words;
import org.letstalk.review.flow.EarlyReviews;
import org.letstalk.validation.NoSuchRecordException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Early review requests from other systems (a provider's, say), and a review read in full. */
@RestController
@RequestMapping("/api/reviews")
public class ReviewController {

  private final EarlyReviews earlyReviews;
  private final ReviewRepository reviews;
  private final EarlyRequestRepository earlyRequests;
  private final RecordReads reads;

  public ReviewController(EarlyReviews earlyReviews, ReviewRepository reviews, EarlyRequestRepository earlyRequests,
      RecordReads reads) {
    this.earlyReviews = earlyReviews;
    this.reviews = reviews;
    this.earlyRequests = earlyRequests;
    this.reads = reads;
  }

  @Operation(summary = "A review of a plan: when it was due, who took part, what it found and decided")
  @GetMapping("/{reviewId}")
  @Transactional
  public RecordView read(HttpServletRequest request, @PathVariable UUID reviewId) {
    Review review = reviews.findById(reviewId).orElseThrow(() -> new NoSuchRecordException("no review " + reviewId));
    reads.read(review.getPersonId(), Viewer.of(request), "REVIEW");
    List<String> content = new ArrayList<>(ReviewsOnRecord.details(review));
    content.add("The plan: /api/plans/" + review.getPlanId());
    for (EarlyRequest early : earlyRequests.findByReviewIdOrderByRequestedAt(review.getId())) {
      content.add("Asked for early on " + Words.date(early.getRequestedAt()) + " by "
          + (early.getRequesterRole() == RequesterRole.PRACTITIONER ? reads.nameOf(early.getRequestedBy())
              : early.getRequestedBy() + " (" + Words.of(early.getRequesterRole()) + ")")
          + ": " + early.getReason());
    }
    return new RecordView(review.getId(), review.getPersonId(), "REVIEW",
        "Review " + review.getSequenceNo() + ": " + (review.getCompletedAt() == null ? "due " + Words.date(review.getDueDate())
            : ReviewsOnRecord.outcome(review.getOutcome())),
        review.getCompletedAt() != null ? review.getCompletedAt() : review.getDueDate(),
        reads.nameOf(review.getCompletedBy()), content);
  }

  /** The review brought forward: its plan, its new due date. */
  public record EarlyReviewAccepted(UUID supportPlanId, UUID reviewId, ReviewKind kind, Instant dueDate) {
  }

  @PostMapping("/requests")
  public ResponseEntity<EarlyReviewAccepted> requestEarlyReview(@Valid @RequestBody EarlyReviewAsked body) {
    Review review = earlyReviews.request(body.request());
    return ResponseEntity.status(HttpStatus.ACCEPTED)
        .body(new EarlyReviewAccepted(review.getPlanId(), review.getId(), review.getKind(), review.getDueDate()));
  }
}
