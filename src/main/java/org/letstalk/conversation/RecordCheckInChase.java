package org.letstalk.conversation;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.validation.FormInput;
import org.letstalk.workflow.CompletedTask;
import org.springframework.stereotype.Component;

/** Records what the team manager did about an overdue check-in, so a plan never drifts unnoticed [T 2.44]. */
@Component("recordCheckInChase")
public class RecordCheckInChase implements JavaDelegate {

  private final Conversations conversations;

  public RecordCheckInChase(Conversations conversations) {
    this.conversations = conversations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String action = FormInput.of(execution.getVariables()).requiredText("chaseAction", FormInput.LONG_TEXT);
    conversations.recordDecision(CompletedTask.taskId(execution), ConversationContext.of(execution),
        "CHECK_IN_OVERDUE", CompletedTask.userId(execution), "Overdue check-in followed up", action, null);
    execution.removeVariables(List.of("chaseAction"));
  }
}
