package org.letstalk.review;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Map;
import java.util.UUID;
import org.letstalk.record.Viewer;
import org.letstalk.review.ReviewController.EarlyReviewAccepted;
import org.letstalk.review.flow.EarlyReviews;
import org.letstalk.validation.FormInput;
import org.letstalk.validation.InputRejectedException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * An early review asked for from the person's record, by the button on the plan in force or through the API: the
 * same request process as every early review, so the same permission and checks apply.
 */
@Controller
class ReviewsFromRecordController {

  private final PlanToReview planToReview;
  private final EarlyReviews earlyReviews;

  ReviewsFromRecordController(PlanToReview planToReview, EarlyReviews earlyReviews) {
    this.planToReview = planToReview;
    this.earlyReviews = earlyReviews;
  }

  @Operation(summary = "Ask for an early review of the person's plan in force",
      description = "No plan id: the person's plan in force is reviewed (carersPlan says which when they have both"
          + " their own and a carer's plan). A practitioner asking is the signed-in user.")
  @PostMapping("/api/people/{personId}/reviews/requests")
  @ResponseBody
  ResponseEntity<EarlyReviewAccepted> request(HttpServletRequest http, @PathVariable UUID personId,
      @Valid @RequestBody EarlyReviewFromRecord body) {
    Viewer viewer = Viewer.of(http);
    EarlyReviewRequest request = planToReview.request(personId, body, viewer);
    Review review = earlyReviews.request(request);
    planToReview.logged(personId, request, viewer);
    return ResponseEntity.status(HttpStatus.ACCEPTED)
        .body(new EarlyReviewAccepted(review.getPlanId(), review.getId(), review.getKind(), review.getDueDate()));
  }

  @PostMapping("/people/{personId}/reviews/requests")
  String requestFromPage(HttpServletRequest http, @PathVariable UUID personId,
      @RequestParam Map<String, String> form) {
    Viewer viewer = Viewer.of(http);
    record Asked(UUID planId, EarlyReviewFromRecord asked) {
    }
    Asked asked = FormInput.read(form, in -> new Asked(in.optional("supportPlanId", 36, ReviewsFromRecordController::planId),
        new EarlyReviewFromRecord(in.requiredChoice("requesterRole", RequesterRole.class),
            in.optionalText("requestedBy", 200), in.requiredText("requestReason", 4000), null)));
    EarlyReviewRequest request = planToReview.request(personId, asked.planId(), asked.asked(), viewer);
    earlyReviews.request(request);
    planToReview.logged(personId, request, viewer);
    return "redirect:/people/" + personId;
  }

  private static UUID planId(String text) {
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      throw new InputRejectedException("supportPlanId", "is not a plan id");
    }
  }
}
