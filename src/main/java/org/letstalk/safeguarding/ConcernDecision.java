package org.letstalk.safeguarding;

import java.util.Map;
import org.letstalk.validation.FormInput;

/** A decision-maker's answers: the s42 criteria as they see them, the route, and why [T 3.11]. */
public record ConcernDecision(
    AbuseType abuseType,
    Capacity capacity,
    CareAndSupportNeeds careAndSupportNeeds,
    boolean experiencingOrAtRisk,
    boolean unableToProtectSelf,
    ConcernRoute route,
    String reason) {

  public static ConcernDecision from(Map<String, ?> values) {
    FormInput in = FormInput.of(values);
    return new ConcernDecision(
        in.requiredChoice("abuseType", AbuseType.class),
        in.requiredChoice("capacity", Capacity.class),
        in.requiredChoice("careAndSupportNeeds", CareAndSupportNeeds.class),
        in.requiredFlag("experiencingOrAtRiskOfAbuse"),
        in.requiredFlag("unableToProtectThemselves"),
        in.requiredChoice("route", ConcernRoute.class),
        in.requiredText("decisionReason", FormInput.LONG_TEXT));
  }

  /** The inputs of the s42-criteria decision table. */
  Map<String, Object> criteria() {
    return Map.of(
        "careAndSupportNeeds", careAndSupportNeeds.name(),
        "experiencingOrAtRiskOfAbuse", experiencingOrAtRisk,
        "unableToProtectThemselves", unableToProtectSelf);
  }
}
