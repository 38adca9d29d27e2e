package org.letstalk.review;

import org.letstalk.review.flow.EarlyReviews;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.letstalk.review.flow.EarlyReviews;
import org.letstalk.review.flow.ReviewForms;
import org.letstalk.validation.InputRejectedException;
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

  private static final Set<String> FIELDS = Set.of("supportPlanId", "requesterRole", "requestedBy", "requestReason");

  private final EarlyReviews earlyReviews;

  public ReviewController(EarlyReviews earlyReviews) {
    this.earlyReviews = earlyReviews;
  }

  @PostMapping("/requests")
  public ResponseEntity<Map<String, Object>> requestEarlyReview(@RequestBody Map<String, Object> body) {
    for (String field : body.keySet()) {
      if (!FIELDS.contains(field)) {
        throw new InputRejectedException(field, "is not a field of an early review request");
      }
    }
    Review review = earlyReviews.request(ReviewForms.request(body));
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("supportPlanId", review.getPlanId());
    answer.put("reviewId", review.getId());
    answer.put("kind", review.getKind());
    answer.put("dueDate", review.getDueDate());
    return ResponseEntity.status(HttpStatus.ACCEPTED).body(answer);
  }
}
