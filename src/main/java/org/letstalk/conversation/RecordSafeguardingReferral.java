package org.letstalk.conversation;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.validation.FormInput;
import org.letstalk.workflow.CompletedTask;
import org.springframework.stereotype.Component;

/**
 * Records what was done about a concern raised in a conversation and which conversation follows. Stands in for
 * the safeguarding process until it is called from here; its contract is the output {@code nextConversation}.
 */
@Component("recordSafeguardingReferral")
public class RecordSafeguardingReferral implements JavaDelegate {

  /** The conversations that may follow a concern: a Let's Talk 2 when the risk is handled as a crisis [T 3.11]. */
  enum Next {
    LT1,
    LT2
  }

  private final Conversations conversations;

  public RecordSafeguardingReferral(Conversations conversations) {
    this.conversations = conversations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FormInput in = FormInput.of(execution.getVariables());
    String action = in.requiredText("safeguardingActionTaken", FormInput.LONG_TEXT);
    Next next = in.requiredChoice("nextConversation", Next.class);
    conversations.recordDecision(CompletedTask.taskId(execution), ConversationContext.of(execution),
        "SAFEGUARDING_CONCERN", CompletedTask.userId(execution), "Next: " + next, action, null);
    execution.removeVariables(List.of("safeguardingActionTaken"));
  }
}
