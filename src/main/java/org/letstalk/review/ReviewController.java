package org.letstalk.review;

import jakarta.validation.Valid;
import java.time.Instant;
import java.util.UUID;
import org.letstalk.review.flow.EarlyReviews;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Early review requests from other systems (a provider's, say). */
@RestController
@RequestMapping("/api/reviews")
public class ReviewController {

  private final EarlyReviews earlyReviews;

  public ReviewController(EarlyReviews earlyReviews) {
    this.earlyReviews = earlyReviews;
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
