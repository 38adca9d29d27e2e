package org.letstalk.safeguarding;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Local safeguarding policy. {@code decisionWorkingDays}: working days a decision on a concern may take
 * before it is overdue and escalates (councils commonly require one). {@code decisionDeadline}, an ISO-8601
 * duration, replaces it with a fixed period from the concern's arrival: for drills and the crash and two-node
 * checks, which need deadlines that pass in seconds.
 */
@ConfigurationProperties("letstalk.safeguarding")
public record SafeguardingProperties(int decisionWorkingDays, Duration decisionDeadline) {

  public SafeguardingProperties {
    if (decisionWorkingDays < 0) {
      throw new IllegalArgumentException("letstalk.safeguarding.decision-working-days must not be negative");
    }
  }
}
