package org.letstalk.review;

import static org.letstalk.web.FieldMessages.REQUIRED;
import static org.letstalk.web.FieldMessages.TOO_LONG;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.letstalk.web.ApiRequest;
import org.letstalk.web.Text;

/**
 * {@code POST /api/people/{personId}/reviews/requests}: an early review of the person's plan in force [W ¶189], with
 * no plan id to find. {@code requestedBy} names who asked unless a practitioner did (then it is the signed-in
 * worker); {@code carersPlan} says which plan only when the person has both their own and a carer's plan in force.
 */
@ApiRequest("an early review request")
public record EarlyReviewFromRecord(
    @NotNull(message = REQUIRED) RequesterRole requesterRole,
    @Size(max = 200, message = TOO_LONG) String requestedBy,
    @NotBlank(message = REQUIRED) @Size(max = 4000, message = TOO_LONG) String requestReason,
    Boolean carersPlan) {

  public EarlyReviewFromRecord {
    requestedBy = Text.tidy(requestedBy);
    requestReason = Text.tidy(requestReason);
  }
}
