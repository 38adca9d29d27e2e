package org.letstalk.review;

import static org.letstalk.web.FieldMessages.REQUIRED;
import static org.letstalk.web.FieldMessages.TOO_LONG;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.letstalk.web.ApiRequest;
import org.letstalk.web.Text;

/** {@code POST /api/reviews/requests}: a request, from another system, to review a plan before its date [W ¶189]. */
@ApiRequest("an early review request")
public record EarlyReviewAsked(
    @NotNull(message = REQUIRED) UUID supportPlanId,
    @NotNull RequesterRole requesterRole,
    @NotBlank(message = REQUIRED) @Size(max = 200, message = TOO_LONG) String requestedBy,
    @NotBlank(message = REQUIRED) @Size(max = 4000, message = TOO_LONG) String requestReason) {

  public EarlyReviewAsked {
    requestedBy = Text.tidy(requestedBy);
    requestReason = Text.tidy(requestReason);
  }

  public EarlyReviewRequest request() {
    return new EarlyReviewRequest(supportPlanId, requesterRole, requestedBy, requestReason);
  }
}
