package org.letstalk.conversation;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.letstalk.validation.FormInput;
import org.letstalk.validation.InputRejectedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records conversations and the decisions taken in them, keyed by the task that recorded them. */
@Service
@Transactional
public class Conversations {

  private final ConversationRepository conversations;
  private final DecisionRepository decisions;
  private final CrisisPlans crisisPlans;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  public Conversations(ConversationRepository conversations, DecisionRepository decisions, CrisisPlans crisisPlans,
      Clock clock, ApplicationEventPublisher events) {
    this.conversations = conversations;
    this.decisions = decisions;
    this.crisisPlans = crisisPlans;
    this.clock = clock;
    this.events = events;
  }

  /** A Let's Talk 1 with its outcome and the rationale for it [T 2.33]. */
  public Conversation recordLetsTalk1(String taskId, String processInstanceId, ConversationContext context,
      Map<String, ?> values, String heldBy) {
    return conversations.findByTaskId(taskId).orElseGet(() -> {
      FormInput in = FormInput.of(values);
      ConversationForm form = ConversationForm.from(in);
      Outcome outcome = Outcome.from(in);
      Conversation conversation = Conversation.held(ConversationType.LT1, taskId, processInstanceId, context, form,
          heldBy, clock.instant());
      if (in.optionalFlag("fundingChange")) {
        // Capacity for the funding decision itself, or the best-interests decision [T 2.34].
        if (form.hasCapacity() == null) {
          throw new InputRejectedException("hasCapacity",
              "record whether the person has capacity for this funding decision [T 2.34]");
        }
        conversation.fundingChanges(in.requiredAmount("newWeeklyCost"));
      }
      conversation.concluded(outcome.outcome(), outcome.rationale());
      conversations.saveAndFlush(conversation);
      offerAccepted(conversation, form, heldBy);
      decide(taskId, context, "LET_S_TALK_1_OUTCOME", heldBy, outcome);
      return conversation;
    });
  }

  /** An informal carer who accepts the offer gets a conversation of their own (refusing records why instead). */
  private void offerAccepted(Conversation conversation, ConversationForm form, String heldBy) {
    if (form.carerPresent() && form.carerConversationOffered() && !form.carerConversationRefused()) {
      events.publishEvent(new CarerConversationAccepted(conversation.getId(), conversation.getPersonId(), heldBy));
    }
  }

  /** What a Let's Talk 2 records: the conversation, its emergency plan and any spend made with it. */
  public record CrisisConversation(Conversation conversation, CrisisPlan plan, Spend spend) {
  }

  /** A Let's Talk 2 starting from what must happen today and tomorrow, with its first plan [T 2.43]. */
  public CrisisConversation recordLetsTalk2(String taskId, String processInstanceId, ConversationContext context,
      Map<String, ?> values, String heldBy) {
    FormInput in = FormInput.of(values);
    if (in.has("longTermFundingChange") && in.requiredFlag("longTermFundingChange")) {
      throw new InputRejectedException("longTermFundingChange",
          "a Let's Talk 2 never changes long-term funding: that would be unlawful decision making [T 2.51]");
    }
    Conversation conversation = conversations.findByTaskId(taskId).orElseGet(() -> {
      ConversationForm form = ConversationForm.from(in);
      String today = in.requiredText("todayAndTomorrow", FormInput.LONG_TEXT);
      Conversation held = Conversation.held(ConversationType.LT2, taskId, processInstanceId, context, form, heldBy,
          clock.instant());
      held.startsFrom(today);
      conversations.saveAndFlush(held);
      offerAccepted(held, form, heldBy);
      return held;
    });
    CrisisPlan plan = crisisPlans.make(taskId, conversation, values, heldBy);
    Spend spend = crisisPlans.spendIfAny(taskId, plan, values, heldBy);
    return new CrisisConversation(conversation, plan, spend);
  }

  /** A new plan after one that was not working [T 2.43: several consecutive plans are allowed]. */
  public CrisisConversation makeNewPlan(String taskId, UUID conversationId, Map<String, ?> values, String by) {
    Conversation conversation = conversations.findById(conversationId).orElseThrow();
    CrisisPlan plan = crisisPlans.make(taskId, conversation, values, by);
    Spend spend = crisisPlans.spendIfAny(taskId, plan, values, by);
    return new CrisisConversation(conversation, plan, spend);
  }

  /** Before its end date the plan is ended as not working, or reviewed now; with the reason [T 2.43]. */
  public PlanDecision decideBeforeEndDate(String taskId, ConversationContext context, UUID planId,
      Map<String, ?> values, String by) {
    var recorded = decisions.findByTaskId(taskId);
    if (recorded.isPresent()) {
      return PlanDecision.valueOf(recorded.get().getWhat());
    }
    FormInput in = FormInput.of(values);
    PlanDecision choice = in.requiredChoice("planDecision", PlanDecision.class);
    String rationale = in.requiredText("planDecisionReason", FormInput.LONG_TEXT);
    if (choice == PlanDecision.END_NOT_WORKING) {
      crisisPlans.end(planId, CrisisPlanStatus.ENDED_NOT_WORKING, rationale, by);
    }
    decisions.saveAndFlush(new Decision(taskId, context, "CRISIS_PLAN_BEFORE_END_DATE", by, clock.instant(),
        choice.name(), rationale, null));
    return choice;
  }

  /** The review of a crisis plan concludes the Let's Talk 2 with its outcome [T 2.44, 2.47]. */
  public Conversation reviewCrisisPlan(String taskId, ConversationContext context, UUID conversationId, UUID planId,
      Map<String, ?> values, String by) {
    Conversation conversation = conversations.findById(conversationId).orElseThrow();
    if (decisions.findByTaskId(taskId).isPresent()) {
      return conversation;
    }
    Outcome outcome = Outcome.from(FormInput.of(values));
    crisisPlans.end(planId, CrisisPlanStatus.REVIEWED, outcome.rationale(), by);
    conversation.concluded(outcome.outcome(), outcome.rationale());
    decide(taskId, context, "LET_S_TALK_2_OUTCOME", by, outcome);
    return conversation;
  }

  /** Whether a Let's Talk 1 or 2 has been held in the involvement, as Let's Talk 3 requires [golden rule 2]. */
  @Transactional(readOnly = true)
  public boolean anyHeldIn(UUID involvementId) {
    return involvementId != null && conversations.existsByInvolvementId(involvementId);
  }

  /** Any other decision in the involvement, always with its rationale [golden rule 7]. */
  public Decision recordDecision(String taskId, ConversationContext context, String kind, String by, String what,
      String rationale, String alternatives) {
    return decisions.findByTaskId(taskId).orElseGet(() -> decisions.saveAndFlush(
        new Decision(taskId, context, kind, by, clock.instant(), what, rationale, alternatives)));
  }

  private void decide(String taskId, ConversationContext context, String kind, String by, Outcome outcome) {
    decisions.saveAndFlush(new Decision(taskId, context, kind, by, clock.instant(), outcome.outcome().name(),
        outcome.rationale(), outcome.alternatives()));
  }

  /** Ending a plan early: because it is not working (a new plan follows) or because the crisis is over. */
  public enum PlanDecision {
    END_NOT_WORKING,
    REVIEW_NOW
  }

  record Outcome(ConversationOutcome outcome, String rationale, String alternatives) {

    static Outcome from(FormInput in) {
      ConversationOutcome outcome = in.requiredChoice("outcome", ConversationOutcome.class);
      String rationale = in.requiredText("outcomeRationale", FormInput.LONG_TEXT);
      String alternatives = in.optionalText("alternativesNotChosen", FormInput.LONG_TEXT);
      return new Outcome(outcome, rationale, alternatives);
    }
  }
}
