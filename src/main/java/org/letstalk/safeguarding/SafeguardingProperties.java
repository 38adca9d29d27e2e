package org.letstalk.safeguarding;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Local safeguarding policy. {@code decisionWorkingDays}: working days a decision on a concern may take
 * before it is overdue and escalates (councils commonly require one).
 */
@ConfigurationProperties("letstalk.safeguarding")
public record SafeguardingProperties(int decisionWorkingDays) {

  public SafeguardingProperties {
    if (decisionWorkingDays < 0) {
      throw new IllegalArgumentException("letstalk.safeguarding.decision-working-days must not be negative");
    }
  }
}
