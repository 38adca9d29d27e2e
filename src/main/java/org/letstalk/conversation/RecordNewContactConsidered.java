package org.letstalk.conversation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.validation.FormInput;
import org.letstalk.workflow.CompletedTask;
import org.springframework.stereotype.Component;

/** Records how a further contact about the person was taken into the involvement already under way. */
@Component("recordNewContactConsidered")
public class RecordNewContactConsidered implements JavaDelegate {

  private final Conversations conversations;

  public RecordNewContactConsidered(Conversations conversations) {
    this.conversations = conversations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String action = FormInput.of(execution.getVariables()).requiredText("newContactAction", FormInput.LONG_TEXT);
    conversations.recordDecision(CompletedTask.taskId(execution), ConversationContext.of(execution),
        "FURTHER_CONTACT", CompletedTask.userId(execution), "Further contact taken into the involvement", action, null);
    execution.removeVariable("newContactAction");
  }
}
