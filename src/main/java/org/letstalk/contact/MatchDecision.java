package org.letstalk.contact;

/** A human's answer to an uncertain match: the same person as the record found, or somebody new; and why. */
public record MatchDecision(boolean samePerson, String reason) {
}
