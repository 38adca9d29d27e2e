package org.letstalk.retention;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a council keeps records (its records policy; UK GDPR Article 5(1)(e), storage limitation).
 *
 * @param closedCases how long after a person's last involvement closed their record is anonymised
 * @param accessLog how long an entry of the access log is kept
 */
@ConfigurationProperties("letstalk.retention")
public record RetentionProperties(@DefaultValue("P8Y") Period closedCases, @DefaultValue("P6Y") Period accessLog) {
}
