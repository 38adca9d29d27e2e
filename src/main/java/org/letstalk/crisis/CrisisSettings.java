package org.letstalk.crisis;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What a council tunes about crisis plans [T 2.43-2.44]: how often the practitioner checks in (ISO-8601 period),
 * how long a check-in may wait before the team manager hears of it, and the spend a practitioner may make at once.
 * Each plan copies the values into process variables, so a running plan keeps the rules it started with.
 */
@ConfigurationProperties("letstalk.crisis")
public record CrisisSettings(
    @DefaultValue("P2D") String checkInInterval,
    @DefaultValue("P1D") String checkInGrace,
    @DefaultValue("100.00") BigDecimal spendLimit) {
}
