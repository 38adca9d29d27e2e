package org.letstalk.crisis;

import java.util.UUID;
import org.letstalk.conversation.Conclusion;
import org.letstalk.conversation.Conversation;
import org.letstalk.conversation.ConversationOutcome;
import org.letstalk.conversation.Conversations;
import org.letstalk.involvement.CaseContext;
import org.letstalk.involvement.Decisions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Let's Talk 2, the crisis conversation [T 2.37-2.51]: the conversation with its first plan, the next plan when
 * one is not working, the decision to end a plan early, and the review that concludes it. Keyed by the task that
 * recorded each, so a retried step finds what it wrote.
 */
@Service
@Transactional
public class CrisisConversations {

  static final String PLAN_BEFORE_END_DATE = "CRISIS_PLAN_BEFORE_END_DATE";
  static final String LETS_TALK_2_OUTCOME = "LET_S_TALK_2_OUTCOME";
  /** Why a plan ended whose review ended in a safeguarding concern. */
  static final String REVIEWED = "Reviewed with the person; what follows is on the conversation's record.";

  private final Conversations conversations;
  private final CrisisPlans crisisPlans;
  private final Decisions decisions;

  public CrisisConversations(Conversations conversations, CrisisPlans crisisPlans, Decisions decisions) {
    this.conversations = conversations;
    this.crisisPlans = crisisPlans;
    this.decisions = decisions;
  }

  /** A Let's Talk 2 starting from what must happen today and tomorrow, with its first plan [T 2.43]. */
  public CrisisConversation recordLetsTalk2(String taskId, String processInstanceId, CaseContext context,
      LetsTalk2 form, String heldBy) {
    Conversation conversation = conversations.recordLetsTalk2(taskId, processInstanceId, context, form.conversation(),
        form.todayAndTomorrow(), form.whatMatters(), heldBy);
    CrisisPlan plan = crisisPlans.make(taskId, conversation, form.plan(), heldBy);
    return new CrisisConversation(conversation, plan, crisisPlans.spendIfAny(taskId, plan, form.spend(), heldBy));
  }

  /** A new plan after one that was not working [T 2.43: several consecutive plans are allowed]. */
  public CrisisConversation makeNewPlan(String taskId, UUID conversationId, PlanForm plan, SpendForm spend,
      String by) {
    Conversation conversation = conversations.get(conversationId);
    CrisisPlan made = crisisPlans.make(taskId, conversation, plan, by);
    return new CrisisConversation(conversation, made, crisisPlans.spendIfAny(taskId, made, spend, by));
  }

  /** Before its end date the plan is ended as not working, or reviewed now; with the reason [T 2.43]. */
  public PlanDecision decideBeforeEndDate(String taskId, CaseContext context, UUID planId, PlanDecision choice,
      String rationale, String by) {
    return decisions.takenIn(taskId).map(taken -> PlanDecision.valueOf(taken.getWhat())).orElseGet(() -> {
      if (choice == PlanDecision.END_NOT_WORKING) {
        crisisPlans.end(planId, CrisisPlanStatus.ENDED_NOT_WORKING, rationale, by);
      }
      decisions.record(taskId, context, PLAN_BEFORE_END_DATE, by, choice.name(), rationale, null);
      return choice;
    });
  }

  /** The review of a crisis plan concludes the Let's Talk 2 with its outcome [T 2.44, 2.47]. */
  public Conversation reviewCrisisPlan(String taskId, CaseContext context, UUID conversationId, UUID planId,
      Conclusion conclusion, String by) {
    if (decisions.takenIn(taskId).isPresent()) {
      return conversations.get(conversationId);
    }
    // A review ending in a safeguarding concern: its rationale is the concern's description, which the plan,
    // shown to every reader of the record, does not repeat.
    crisisPlans.end(planId, CrisisPlanStatus.REVIEWED,
        conclusion.outcome() == ConversationOutcome.SAFEGUARDING ? REVIEWED : conclusion.rationale(), by);
    return conversations.conclude(conversationId, taskId, context, LETS_TALK_2_OUTCOME, conclusion, by);
  }
}
