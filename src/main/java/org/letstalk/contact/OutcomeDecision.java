package org.letstalk.contact;

/** The decision on a contact, with its reason [N 5.2] and who takes it on. */
public record OutcomeDecision(
    ContactOutcome outcome,
    String reason,
    String informationGiven,
    boolean crisis,
    String allocatedUser,
    String allocatedGroup,
    InformationAdviceOrAssistance informationAdviceOrAssistance) {
}
