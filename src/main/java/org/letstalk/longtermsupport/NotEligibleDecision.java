package org.letstalk.longtermsupport;

import java.util.UUID;

/**
 * Needs that are not eligible: the written decision, information and advice, the right to challenge explained
 * [T 2.58-2.61], and what follows (back to Let's Talk 1, or close) with why.
 */
public record NotEligibleDecision(String writtenDecision, String informationAndAdvice, LetsTalk3Outcome next,
    String rationale, UUID eligibilityDeterminationId) {
}
