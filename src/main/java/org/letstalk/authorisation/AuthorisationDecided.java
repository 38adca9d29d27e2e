package org.letstalk.authorisation;

/** A manager's decision on a request, with the reason (required to decline or return it). */
public record AuthorisationDecided(AuthorisationDecision decision, String reason) {
}
