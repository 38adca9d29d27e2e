package org.letstalk.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Whether the operator accepts that the webapps' first-run page creates the engine administrator: whoever reaches
 * that page first becomes administrator, so production refuses to start without one unless this says so.
 */
@ConfigurationProperties("letstalk.setup-page")
public record SetupPageProperties(boolean accepted) {
}
