package org.letstalk.conversation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.workflow.CompletedTask;
import org.springframework.stereotype.Component;

/** Validates and stores a Let's Talk 1 in the transaction that completes its task. */
@Component("recordLetsTalk1")
public class RecordLetsTalk1 implements JavaDelegate {

  private final Conversations conversations;
  private final ClosureGate closureGate;

  public RecordLetsTalk1(Conversations conversations, ClosureGate closureGate) {
    this.conversations = conversations;
    this.closureGate = closureGate;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (ConversationOutcome.NO_ONGOING_NEED.name().equals(execution.getVariable("outcome"))) {
      closureGate.assertConcernsDecided(execution, "outcome");
    }
    String heldBy = CompletedTask.userId(execution);
    Conversation conversation = conversations.recordLetsTalk1(CompletedTask.taskId(execution),
        execution.getProcessInstanceId(), ConversationContext.of(execution), execution.getVariables(), heldBy);
    execution.setVariable("conversationId", conversation.getId().toString());
    Concluded.set(execution, conversation);
    execution.setVariable("fundingChange", conversation.isFundingChange());
    // A plain double, as the authorisation-level table reads it.
    execution.setVariable("newWeeklyCost",
        conversation.isFundingChange() ? conversation.getNewWeeklyCost().doubleValue() : null);
  }
}
