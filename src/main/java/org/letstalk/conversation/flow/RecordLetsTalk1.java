package org.letstalk.conversation.flow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.conversation.Conversation;
import org.letstalk.conversation.ConversationOutcome;
import org.letstalk.conversation.Conversations;
import org.letstalk.conversation.LetsTalk1;
import org.letstalk.involvement.flow.ClosureGate;
import org.letstalk.involvement.flow.InvolvementVariables;
import org.letstalk.plan.PlanType;
import org.letstalk.plan.SupportPlans;
import org.letstalk.workflow.ProcessVariables;
import org.letstalk.workflow.CompletedTask;
import org.letstalk.workflow.Council;
import org.springframework.stereotype.Component;

/** Validates and stores a Let's Talk 1 in the transaction that completes its task. */
@Component("recordLetsTalk1")
public class RecordLetsTalk1 implements JavaDelegate {

  private final Conversations conversations;
  private final ClosureGate closureGate;
  private final SupportPlans plans;
  private final Council council;

  public RecordLetsTalk1(Conversations conversations, ClosureGate closureGate, SupportPlans plans,
      Council council) {
    this.conversations = conversations;
    this.closureGate = closureGate;
    this.plans = plans;
    this.council = council;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LetsTalk1 form = LetsTalk1Forms.read(execution.getVariables(), council.inWales());
    if (form.conclusion().outcome() == ConversationOutcome.NO_ONGOING_NEED) {
      closureGate.assertConcernsDecided(execution, ConversationVariables.OUTCOME);
    }
    Conversation conversation = conversations.recordLetsTalk1(CompletedTask.taskId(execution),
        execution.getProcessInstanceId(), InvolvementVariables.context(execution), form,
        CompletedTask.userId(execution));
    Concluded.set(execution, conversation);
    execution.setVariable(ConversationVariables.CARER_ACCEPTED, conversation.isCarerConversationAccepted());
    execution.setVariable(ConversationVariables.FUNDING_CHANGE, conversation.isFundingChange());
    // An existing funded case, for the lets-talk-1-manager table.
    execution.setVariable(ConversationVariables.FUNDED_PLAN_IN_FORCE,
        plans.activeFor(ProcessVariables.uuid(execution, ProcessVariables.PERSON_ID)).stream()
            .anyMatch(plan -> plan.getPlanType() != PlanType.CARER_SUPPORT));
    // A plain double, as the authorisation-level table reads it.
    execution.setVariable(ConversationVariables.NEW_WEEKLY_COST,
        conversation.isFundingChange() ? conversation.getNewWeeklyCost().doubleValue() : null);
  }
}
