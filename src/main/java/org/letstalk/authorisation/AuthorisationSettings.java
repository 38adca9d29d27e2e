package org.letstalk.authorisation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What a council tunes about late authorisations: how often (ISO-8601 duration) the funding panel is reminded of a
 * request it still has not decided, once whoever is above the panel has been told. Each request copies the value
 * when it is sent, so a request already waiting keeps the interval it started with.
 */
@ConfigurationProperties("letstalk.authorisation")
public record AuthorisationSettings(@DefaultValue("P7D") String reminderInterval) {
}
