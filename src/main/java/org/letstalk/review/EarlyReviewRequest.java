package org.letstalk.review;

import java.util.Map;
import java.util.UUID;
import org.letstalk.validation.FormInput;
import org.letstalk.validation.InputRejectedException;

/** A request to review a plan before its date: the plan may not be meeting needs [W ¶189]. */
public record EarlyReviewRequest(UUID planId, RequesterRole requesterRole, String requestedBy, String reason) {

  public static EarlyReviewRequest from(Map<String, ?> values) {
    FormInput in = FormInput.of(values);
    String plan = in.requiredText("supportPlanId", 36);
    UUID planId;
    try {
      planId = UUID.fromString(plan);
    } catch (IllegalArgumentException e) {
      throw new InputRejectedException("supportPlanId", "is not a plan id");
    }
    return new EarlyReviewRequest(planId,
        in.requiredChoice("requesterRole", RequesterRole.class),
        in.requiredText("requestedBy", FormInput.SHORT_TEXT),
        in.requiredText("requestReason", FormInput.LONG_TEXT));
  }

  public Map<String, Object> asVariables() {
    return Map.of("earlyRequesterRole", requesterRole.name(), "earlyRequestedBy", requestedBy,
        "earlyRequestReason", reason);
  }

  static EarlyReviewRequest fromCorrelated(UUID planId, Map<String, ?> variables) {
    FormInput in = FormInput.of(variables);
    return new EarlyReviewRequest(planId, in.requiredChoice("earlyRequesterRole", RequesterRole.class),
        in.requiredText("earlyRequestedBy", FormInput.SHORT_TEXT),
        in.requiredText("earlyRequestReason", FormInput.LONG_TEXT));
  }
}
