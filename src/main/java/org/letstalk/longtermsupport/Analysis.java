package org.letstalk.longtermsupport;

import org.letstalk.conversation.Strengths;

/** The Let's Talk 3 analysis [T 2.56], starting with strengths in three parts [T 1.18]. */
public record Analysis(
    Strengths strengths,
    String abilityToMeetOwnNeeds,
    String informalNetwork,
    String interestsAndOpportunities,
    String otherWaysToMeetNeed,
    String riskOfHarm,
    boolean capacityAccommodation,
    boolean capacityCare,
    boolean capacityTreatment,
    String bestInterestsDecision,
    boolean dolsRisk,
    String transport,
    String outcomesSought,
    String howPaidSupportMeetsThem,
    boolean chcToBeConsidered,
    String chcReason) {
}
