package org.letstalk.safeguarding;

import java.util.Map;

/** A decision-maker's answers: the s42 criteria as they see them, the route, and why [T 3.11]. */
public record ConcernDecision(
    AbuseType abuseType,
    Capacity capacity,
    CareAndSupportNeeds careAndSupportNeeds,
    boolean experiencingOrAtRisk,
    boolean unableToProtectSelf,
    ConcernRoute route,
    String reason) {

  /** The inputs of the s42-criteria decision table. */
  Map<String, Object> criteria() {
    return Map.of(
        "careAndSupportNeeds", careAndSupportNeeds.name(),
        "experiencingOrAtRiskOfAbuse", experiencingOrAtRisk,
        "unableToProtectThemselves", unableToProtectSelf);
  }
}
