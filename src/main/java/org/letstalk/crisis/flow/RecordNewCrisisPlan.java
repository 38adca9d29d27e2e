package org.letstalk.crisis.flow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.conversation.flow.ConversationVariables;
import org.letstalk.crisis.CrisisConversation;
import org.letstalk.crisis.CrisisConversations;
import org.letstalk.crisis.CrisisSettings;
import org.letstalk.workflow.CompletedTask;
import org.letstalk.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** Stores the next crisis plan after one that was not working. */
@Component("recordNewCrisisPlan")
public class RecordNewCrisisPlan implements JavaDelegate {

  private final CrisisConversations crisisConversations;
  private final CrisisSettings settings;

  public RecordNewCrisisPlan(CrisisConversations crisisConversations, CrisisSettings settings) {
    this.crisisConversations = crisisConversations;
    this.settings = settings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CrisisForms.NewPlan form = CrisisForms.newPlan(execution.getVariables());
    CrisisConversation recorded = crisisConversations.makeNewPlan(CompletedTask.taskId(execution),
        ProcessVariables.uuid(execution, ConversationVariables.CONVERSATION_ID), form.plan(), form.spend(),
        CompletedTask.userId(execution));
    CrisisVariables.planMade(execution, recorded, settings);
  }
}
