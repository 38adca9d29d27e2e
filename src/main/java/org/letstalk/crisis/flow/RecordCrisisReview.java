package org.letstalk.crisis.flow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.conversation.Conclusion;
import org.letstalk.conversation.Conversation;
import org.letstalk.conversation.ConversationOutcome;
import org.letstalk.conversation.flow.Concluded;
import org.letstalk.conversation.flow.ConversationForms;
import org.letstalk.conversation.flow.ConversationVariables;
import org.letstalk.crisis.CrisisConversations;
import org.letstalk.involvement.flow.ClosureGate;
import org.letstalk.involvement.flow.InvolvementVariables;
import org.letstalk.validation.FormInput;
import org.letstalk.workflow.CompletedTask;
import org.letstalk.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** Records the review that ends the crisis plan and the Let's Talk 2's outcome. */
@Component("recordCrisisReview")
public class RecordCrisisReview implements JavaDelegate {

  private final CrisisConversations crisisConversations;
  private final ClosureGate closureGate;

  public RecordCrisisReview(CrisisConversations crisisConversations, ClosureGate closureGate) {
    this.crisisConversations = crisisConversations;
    this.closureGate = closureGate;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Conclusion conclusion = FormInput.read(execution.getVariables(), ConversationForms::conclusion);
    if (conclusion.outcome() == ConversationOutcome.NO_ONGOING_NEED) {
      closureGate.assertConcernsDecided(execution, ConversationVariables.OUTCOME);
    }
    Conversation conversation = crisisConversations.reviewCrisisPlan(CompletedTask.taskId(execution),
        InvolvementVariables.context(execution), ProcessVariables.uuid(execution, ConversationVariables.CONVERSATION_ID),
        ProcessVariables.uuid(execution, CrisisVariables.CRISIS_PLAN_ID), conclusion, CompletedTask.userId(execution));
    Concluded.set(execution, conversation);
  }
}
