package org.letstalk.conversation;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.workflow.CompletedTask;
import org.springframework.stereotype.Component;

/** Records the review that ends the crisis plan and the Let's Talk 2's outcome. */
@Component("recordCrisisReview")
public class RecordCrisisReview implements JavaDelegate {

  private final Conversations conversations;
  private final ClosureGate closureGate;

  public RecordCrisisReview(Conversations conversations, ClosureGate closureGate) {
    this.conversations = conversations;
    this.closureGate = closureGate;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (ConversationOutcome.NO_ONGOING_NEED.name().equals(execution.getVariable("outcome"))) {
      closureGate.assertConcernsDecided(execution, "outcome");
    }
    Conversation conversation = conversations.reviewCrisisPlan(CompletedTask.taskId(execution),
        ConversationContext.of(execution), UUID.fromString((String) execution.getVariable("conversationId")),
        UUID.fromString((String) execution.getVariable("crisisPlanId")), execution.getVariables(),
        CompletedTask.userId(execution));
    Concluded.set(execution, conversation);
  }
}
