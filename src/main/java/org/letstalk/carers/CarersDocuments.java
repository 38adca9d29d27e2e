package org.letstalk.carers;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.letstalk.conversation.Strengths;
import org.letstalk.conversation.WhatMatters;
import org.letstalk.document.DocumentKind;
import org.letstalk.document.Documents;
import org.letstalk.identity.Workers;
import org.springframework.stereotype.Component;

/**
 * The carer's own record of their Let's Talk 1 or 3, made as it is recorded, in the carer's language: their
 * strengths, whether they can and want to go on caring, their life beyond caring, what was agreed and what
 * happens next. One document per conversation.
 */
@Component
public class CarersDocuments {

  private static final ZoneId COUNCIL_TIME = ZoneId.of("Europe/London");

  private final Documents documents;
  private final Workers workers;

  public CarersDocuments(Documents documents, Workers workers) {
    this.documents = documents;
    this.workers = workers;
  }

  /** What the carer's conversation record template shows; {@code outcome} is null after a Let's Talk 3. */
  public record CarerConversationFacts(LocalDate heldOn, String heldBy, String caredFor, boolean combined,
      Strengths strengths, boolean ableToCareNow, boolean willingToCareNow, boolean ableToCareInFuture,
      boolean willingToCareInFuture, String workEducationTraining, String recreation, String wellbeingAndOutcomes,
      String riskOfBreakdown, String caredForNeedsImpact, String agreedActions, String outcome,
      boolean canNoLongerCare, WhatMatters whatMatters) {
  }

  void held(CarerConversation c, String caredForName) {
    CarerConversationFacts facts = new CarerConversationFacts(c.getHeldAt().atZone(COUNCIL_TIME).toLocalDate(),
        workers.nameOf(c.getHeldBy()), caredForName, c.isCombined(), c.getStrengths(), c.isAbleToCareNow(),
        c.isWillingToCareNow(), c.isAbleToCareInFuture(), c.isWillingToCareInFuture(),
        c.getWorkEducationTraining(), c.getRecreation(), c.getWellbeingAndOutcomes(), c.getRiskOfBreakdown().name(),
        c.getCaredForNeedsImpact(), c.getAgreedActions(), c.getOutcome() == null ? null : c.getOutcome().name(),
        c.isCanNoLongerCare(), c.getWhatMatters());
    DocumentKind kind = c.getConversationType() == CarerConversationType.LT3 ? DocumentKind.CARERS_LETS_TALK_3_RECORD
        : DocumentKind.CARERS_LETS_TALK_1_RECORD;
    documents.produce(kind, c.getId(), c.getCarerId(), c.getHeldBy(), Map.of("conversation", facts));
  }
}
