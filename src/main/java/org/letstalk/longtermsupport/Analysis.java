package org.letstalk.longtermsupport;

import org.letstalk.conversation.Advocate;
import org.letstalk.conversation.CarerOffer;
import org.letstalk.conversation.Participation;
import org.letstalk.conversation.Strengths;
import org.letstalk.conversation.WhatMatters;

/**
 * The Let's Talk 3 analysis [T 2.56], starting with strengths in three parts [T 1.18], with how the person took
 * part [T 1.24] and the carer and their offer [T App B item 7], as every conversation records; in Wales, what matters
 * to the person and the barriers [W ¶37-42, ¶78].
 */
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
    String chcReason,
    Participation participation,
    String participationNotes,
    String representative,
    Advocate advocate,
    CarerOffer carer,
    WhatMatters whatMatters) {
}
