package org.letstalk.carers;

import org.letstalk.conversation.AllegedPerson;
import org.letstalk.conversation.ConversationOutcome;
import org.letstalk.conversation.Strengths;
import org.letstalk.conversation.WhatMatters;

/**
 * What a carer's conversation records, checked: strengths in three parts [T 1.18];
 * a combined conversation only when the carer and the cared-for person both agree [W ¶83]; able and willing to
 * care now and in future, and the carer's life beyond caring [W ¶90]; the risk of carer breakdown; in Wales, what
 * matters to the carer and the barriers to their outcomes [W ¶37-42, ¶78]; who a safeguarding concern the
 * conversation ends in names [W ¶27].
 */
public record CarerConversationForm(
    boolean combined,
    Strengths strengths,
    boolean ableToCareNow,
    boolean willingToCareNow,
    boolean ableToCareInFuture,
    boolean willingToCareInFuture,
    String workEducationTraining,
    String recreation,
    String wellbeingAndOutcomes,
    RiskOfBreakdown riskOfBreakdown,
    String riskOfBreakdownNotes,
    String caredForNeedsImpact,
    String agreedActions,
    ConversationOutcome outcome,
    String outcomeRationale,
    WhatMatters whatMatters,
    AllegedPerson concernAllegedPerson) {

  /** A carer who is not able or not willing to care now can no longer care: the cared-for person is reassessed. */
  public boolean canNoLongerCare() {
    return !ableToCareNow || !willingToCareNow;
  }
}
