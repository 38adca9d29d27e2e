package org.letstalk.conversation;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.validation.FormInput;
import org.letstalk.workflow.CompletedTask;
import org.springframework.stereotype.Component;

/** After a closure is returned or declined: ask again with a better reason, or hold another conversation. */
@Component("recordClosureReconsidered")
public class RecordClosureReconsidered implements JavaDelegate {

  enum NextStep {
    ASK_AGAIN,
    LT1,
    LT2
  }

  private final Conversations conversations;
  private final ClosureGate closureGate;

  public RecordClosureReconsidered(Conversations conversations, ClosureGate closureGate) {
    this.conversations = conversations;
    this.closureGate = closureGate;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FormInput in = FormInput.of(execution.getVariables());
    NextStep next = in.requiredChoice("closureNextStep", NextStep.class);
    String reason = in.requiredText("closureNextStepReason", FormInput.LONG_TEXT);
    if (next == NextStep.ASK_AGAIN) {
      closureGate.assertConcernsDecided(execution, "closureNextStep");
    }
    conversations.recordDecision(CompletedTask.taskId(execution), ConversationContext.of(execution),
        "CLOSURE_RECONSIDERED", CompletedTask.userId(execution), next.name(), reason,
        (String) execution.getVariable("authorisationReason"));
    if (next == NextStep.ASK_AGAIN) {
      execution.setVariable("conversationRationale", reason);
    } else {
      execution.setVariable("nextConversation", next.name());
    }
    execution.removeVariables(List.of("closureNextStepReason"));
  }
}
