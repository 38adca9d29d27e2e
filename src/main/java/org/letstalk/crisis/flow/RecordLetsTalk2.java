package org.letstalk.crisis.flow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.conversation.flow.ConversationVariables;
import org.letstalk.crisis.CrisisConversation;
import org.letstalk.crisis.CrisisConversations;
import org.letstalk.crisis.CrisisSettings;
import org.letstalk.involvement.flow.InvolvementVariables;
import org.letstalk.workflow.CompletedTask;
import org.letstalk.workflow.Council;
import org.springframework.stereotype.Component;

/** Validates and stores a Let's Talk 2 with its emergency plan and any spend, as its task completes. */
@Component("recordLetsTalk2")
public class RecordLetsTalk2 implements JavaDelegate {

  private final CrisisConversations crisisConversations;
  private final CrisisSettings settings;
  private final Council council;

  public RecordLetsTalk2(CrisisConversations crisisConversations, CrisisSettings settings, Council council) {
    this.crisisConversations = crisisConversations;
    this.settings = settings;
    this.council = council;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String heldBy = CompletedTask.userId(execution);
    CrisisConversation recorded = crisisConversations.recordLetsTalk2(CompletedTask.taskId(execution),
        execution.getProcessInstanceId(), InvolvementVariables.context(execution),
        CrisisForms.letsTalk2(execution.getVariables(), council.inWales()), heldBy);
    execution.setVariable(ConversationVariables.CONVERSATION_HELD_BY, heldBy);
    execution.setVariable(ConversationVariables.CARER_ACCEPTED, recorded.conversation().isCarerConversationAccepted());
    CrisisVariables.planMade(execution, recorded, settings);
  }
}
