package org.letstalk.eligibility;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code letstalk.eligibility.rule-set}: ENGLAND (default) or WALES. A Welsh council runs the same processes
 * and forms; only the decision tables applied change.
 */
@ConfigurationProperties("letstalk.eligibility")
public record EligibilityProperties(RuleSet ruleSet) {

  public EligibilityProperties {
    if (ruleSet == null) {
      ruleSet = RuleSet.ENGLAND;
    }
  }
}
