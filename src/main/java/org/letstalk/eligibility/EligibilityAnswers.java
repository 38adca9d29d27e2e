package org.letstalk.eligibility;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The eligibility assessment's answers, checked and complete: every answer the decision tables read, by the
 * name they read it under, so the same map is evaluated and stored. Unticked boxes count as "no".
 */
public record EligibilityAnswers(Map<String, Object> answers, List<WalesNeed> needs, String evidence) {

  public static final String IMPAIRMENT_OR_ILLNESS = "impairmentOrIllness";
  public static final String SIGNIFICANT_IMPACT = "significantImpactOnWellbeing";
  public static final String MET_BY_WILLING_CARER = "metByWillingCarer";
  public static final String CARER_UNWILLING = "carerUnwilling";
  public static final String CARER_NEEDS_FROM_PROVIDING_CARE = "carerNeedsFromProvidingCare";
  public static final String CARER_HEALTH_DETERIORATING = "carerHealthDeteriorating";
  public static final String CARER_SIGNIFICANT_IMPACT = "carerSignificantImpactOnWellbeing";
  public static final String PROTECTION_FROM_ABUSE_NEEDED = "protectionFromAbuseNeeded";
  public static final String EVIDENCE = "eligibilityEvidence";

  /** What the {@code wales-eligibility} table (or, for a carer, {@code wales-carers-eligibility}) reads for one need. */
  public static Map<String, Object> decisionInputs(boolean protection, WalesNeed need) {
    Map<String, Object> inputs = new LinkedHashMap<>();
    inputs.put(PROTECTION_FROM_ABUSE_NEEDED, protection);
    inputs.put("arisesFromCaring", need.arisesFromCaring());
    inputs.put("circumstance", name(need.circumstance()));
    inputs.put("outcomeArea", name(need.outcomeArea()));
    inputs.put("canBeMetBy", name(need.canBeMetBy()));
    inputs.put("unlikelyToAchieveOutcomes", need.unlikelyToAchieveOutcomes());
    return inputs;
  }

  public boolean protectionFromAbuseNeeded() {
    return Boolean.TRUE.equals(answers.get(PROTECTION_FROM_ABUSE_NEEDED));
  }

  public static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }
}
