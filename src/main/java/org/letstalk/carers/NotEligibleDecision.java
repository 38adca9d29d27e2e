package org.letstalk.carers;

/** The written decision when a carer's needs are not eligible, with information and advice [T 2.58-2.61]. */
public record NotEligibleDecision(String writtenDecision, String informationAndAdvice) {
}
