package org.letstalk.eligibility;

import java.util.List;
import java.util.UUID;

/**
 * What was decided and how: the stored determination's id, the rule set and decision version applied, the
 * outcomes not achieved (England), the result for each need (Wales), all of it in plain English, and the needs
 * a willing and able carer meets now, for the plan (England).
 */
public record EligibilityResult(UUID determinationId, RuleSet ruleSet, String decisionKey, int decisionVersion,
    boolean eligible, String reason, List<String> outcomesNotAchieved, List<Need> needs, String explanation,
    List<String> needsACarerMeets) {

  public record Need(int number, String description, boolean eligible, String reason, boolean directPayment) {
  }

  static EligibilityResult of(EligibilityDetermination d) {
    return new EligibilityResult(d.getId(), d.getRuleSet(), d.getDecisionKey(), d.getDecisionVersion(),
        d.isEligible(), d.getReason(), List.copyOf(d.getOutcomesNotAchieved()),
        d.getNeedResults().stream().map(n -> new Need(n.getNeedNumber(), n.getDescription(), n.isEligible(),
            n.getReason(), n.isDirectPayment())).toList(), d.explanation(), d.needsACarerMeets());
  }
}
