package org.letstalk.conversation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.letstalk.document.DocumentKind;
import org.letstalk.document.Documents;
import org.letstalk.identity.Workers;
import org.springframework.stereotype.Component;

/**
 * The person's record of a Let's Talk 1 or 2, made as the conversation is recorded: how it was held, what they told
 * us, their strengths, the risks talked about, what was agreed and what happens next. One document per
 * conversation: a retried step finds it.
 */
@Component
public class ConversationDocuments {

  private static final ZoneId COUNCIL_TIME = ZoneId.of("Europe/London");

  private final Documents documents;
  private final Workers workers;

  public ConversationDocuments(Documents documents, Workers workers) {
    this.documents = documents;
    this.workers = workers;
  }

  /**
   * What the conversation record template shows. {@code outcome} is empty for a Let's Talk 2, which ends later with
   * the review of its crisis plan; {@code rationale} is left out where the conversation raised a safeguarding
   * concern, whose reasons can name the person alleged to cause harm.
   */
  public record ConversationFacts(LocalDate heldOn, String heldBy, String heldHow, String participation,
      String participationNotes, String representative, String advocate, String carer, String presentingNeeds,
      String relevantCircumstances, String wellbeingAndOutcomes, Strengths strengths, String todayAndTomorrow,
      String communityConnections, String risksExplored, String urgentAction, String agreedActions,
      String bestInterestsDecision, String outcome, String rationale, WhatMatters whatMatters) {
  }

  void recorded(Conversation c) {
    DocumentKind kind = c.getType() == ConversationType.LT2 ? DocumentKind.LETS_TALK_2_RECORD
        : DocumentKind.LETS_TALK_1_RECORD;
    Risks risks = c.getRisks();
    ConversationFacts facts = new ConversationFacts(c.getHeldAt().atZone(COUNCIL_TIME).toLocalDate(),
        workers.nameOf(c.getHeldBy()), c.getHeldHow() == null ? null : c.getHeldHow().name(),
        c.getParticipation().name(), c.getParticipationNotes(), c.getRepresentative(), c.getAdvocate().name(),
        carer(c.isCarerPresent(), c.getCarerConversationOffered(), c.getCarerConversationRefused()),
        c.getPresentingNeeds(), c.getRelevantCircumstances(), c.getWellbeingAndOutcomes(), c.getStrengths(),
        c.getTodayAndTomorrow(), c.getCommunityConnections(), risks.explored(), risks.urgentAction(),
        c.getAgreedActions(), c.getBestInterestsDecision(), c.getOutcome() == null ? null : c.getOutcome().name(),
        c.getOutcome() == ConversationOutcome.SAFEGUARDING ? null : c.getOutcomeRationale(), c.getWhatMatters());
    documents.produce(kind, c.getId(), c.getPersonId(), c.getHeldBy(), Map.of("conversation", facts));
  }

  /** Whether a carer who was there took up a conversation of their own: none when no carer was there. */
  public static String carer(boolean present, Boolean offered, Boolean refused) {
    if (!present) {
      return null;
    }
    if (!Boolean.TRUE.equals(offered)) {
      return "NOT_OFFERED";
    }
    return Boolean.TRUE.equals(refused) ? "REFUSED" : "ACCEPTED";
  }
}
