package org.letstalk.conversation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.workflow.CompletedTask;
import org.springframework.stereotype.Component;

/** Validates and stores a Let's Talk 2 with its emergency plan and any spend, as its task completes. */
@Component("recordLetsTalk2")
public class RecordLetsTalk2 implements JavaDelegate {

  private final Conversations conversations;
  private final CrisisSettings settings;

  public RecordLetsTalk2(Conversations conversations, CrisisSettings settings) {
    this.conversations = conversations;
    this.settings = settings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String heldBy = CompletedTask.userId(execution);
    var recorded = conversations.recordLetsTalk2(CompletedTask.taskId(execution), execution.getProcessInstanceId(),
        ConversationContext.of(execution), execution.getVariables(), heldBy);
    execution.setVariable("conversationHeldBy", heldBy);
    PlanVariables.set(execution, recorded, settings);
  }
}
