package org.letstalk.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Demo mode creates one user per group (and a second practitioner and team manager) for trying the app. */
@ConfigurationProperties("letstalk.demo")
public record DemoProperties(boolean enabled, String password) {
}
