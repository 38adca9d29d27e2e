package org.letstalk.conversation;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.UUID;
import org.letstalk.involvement.CaseContext;
import org.letstalk.involvement.Decisions;
import org.letstalk.store.Idempotent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records conversations and how they ended, keyed by the task that recorded them. */
@Service
@Transactional
public class Conversations {

  static final String LETS_TALK_1_OUTCOME = "LET_S_TALK_1_OUTCOME";

  private final ConversationRepository conversations;
  private final Decisions decisions;
  private final ConversationDocuments documents;
  private final Clock clock;

  public Conversations(ConversationRepository conversations, Decisions decisions, ConversationDocuments documents,
      Clock clock) {
    this.conversations = conversations;
    this.decisions = decisions;
    this.documents = documents;
    this.clock = clock;
  }

  /** A Let's Talk 1 with its outcome and the rationale for it [T 2.33], and any change of funding [T 2.34]. */
  public Conversation recordLetsTalk1(String taskId, String processInstanceId, CaseContext context, LetsTalk1 form,
      String heldBy) {
    Conversation conversation = Idempotent.write(conversations, conversations.findByTaskId(taskId), () -> {
      Conversation held = Conversation.held(ConversationType.LT1, taskId, processInstanceId, context,
          form.conversation(), heldBy, clock.instant());
      if (form.fundingChanges()) {
        held.fundingChanges(form.newWeeklyCost());
      }
      held.whatMatters(form.whatMatters());
      held.concluded(form.conclusion());
      return held;
    });
    documents.recorded(conversation);
    decide(taskId, context, LETS_TALK_1_OUTCOME, heldBy, form.conclusion());
    return conversation;
  }

  /** A returned funding change, revised by the practitioner to be asked again. */
  public Conversation fundingChangeRevised(UUID conversationId, BigDecimal newWeeklyCost, String reason) {
    Conversation conversation = get(conversationId);
    conversation.fundingChangeRevised(newWeeklyCost, reason);
    return conversation;
  }

  /** An approved funding change, applied as the plan version it made. */
  public Conversation fundingChangeApplied(UUID conversationId, UUID planVersionId) {
    Conversation conversation = get(conversationId);
    conversation.fundingChangeApplied(planVersionId);
    return conversation;
  }

  /** A declined funding change: the plan stays as it is, and the conversation keeps the manager's reason. */
  public Conversation fundingChangeDeclined(UUID conversationId, String reason) {
    Conversation conversation = get(conversationId);
    conversation.fundingChangeDeclined(reason);
    return conversation;
  }

  /**
   * The conversation of a Let's Talk 2, starting from what must happen today and tomorrow [T 2.43]; in Wales with
   * what matters and the barriers [W ¶37-42].
   */
  public Conversation recordLetsTalk2(String taskId, String processInstanceId, CaseContext context,
      ConversationForm form, String todayAndTomorrow, WhatMatters whatMatters, String heldBy) {
    Conversation conversation = Idempotent.write(conversations, conversations.findByTaskId(taskId), () -> {
      Conversation held = Conversation.held(ConversationType.LT2, taskId, processInstanceId, context, form, heldBy,
          clock.instant());
      held.startsFrom(todayAndTomorrow);
      held.whatMatters(whatMatters);
      return held;
    });
    documents.recorded(conversation);
    return conversation;
  }

  /** Ends a conversation held earlier with how it ended, decided in the task {@code taskId}. */
  public Conversation conclude(UUID conversationId, String taskId, CaseContext context, String kind,
      Conclusion conclusion, String by) {
    Conversation conversation = get(conversationId);
    conversation.concluded(conclusion);
    decide(taskId, context, kind, by, conclusion);
    return conversation;
  }

  /**
   * What the safeguarding concern a conversation ended in says, for the step that raises it (a model's expression,
   * by the conversation's id): its description is the conversation's rationale. Null when the conversation did not
   * end in a concern, so nothing else is ever raised.
   */
  @Transactional(readOnly = true)
  public String concernDescription(String conversationId) {
    return endedInConcern(conversationId) ? get(UUID.fromString(conversationId)).getOutcomeRationale() : null;
  }

  @Transactional(readOnly = true)
  public String concernAllegedPersonName(String conversationId) {
    return endedInConcern(conversationId) ? get(UUID.fromString(conversationId)).getConcernAllegedPerson().name()
        : null;
  }

  @Transactional(readOnly = true)
  public String concernAllegedPersonRelationship(String conversationId) {
    return endedInConcern(conversationId)
        ? get(UUID.fromString(conversationId)).getConcernAllegedPerson().relationship() : null;
  }

  /** Whether the conversation of this id (as a model holds it) is one of ours and ended in a concern. */
  @Transactional(readOnly = true)
  public boolean endedInConcern(String conversationId) {
    return conversationId != null && conversations.findById(UUID.fromString(conversationId))
        .map(c -> c.getOutcome() == ConversationOutcome.SAFEGUARDING).orElse(false);
  }

  @Transactional(readOnly = true)
  public Conversation get(UUID conversationId) {
    return conversations.findById(conversationId).orElseThrow();
  }

  /** Whether a Let's Talk 1 or 2 has been held in the involvement, as Let's Talk 3 requires [T 1.19, 2.55]. */
  @Transactional(readOnly = true)
  public boolean anyHeldIn(UUID involvementId) {
    return involvementId != null && conversations.existsByInvolvementId(involvementId);
  }

  private void decide(String taskId, CaseContext context, String kind, String by, Conclusion conclusion) {
    decisions.record(taskId, context, kind, by, conclusion.outcome().name(), conclusion.rationale(),
        conclusion.alternatives());
  }
}
