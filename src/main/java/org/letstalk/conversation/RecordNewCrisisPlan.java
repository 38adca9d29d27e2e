package org.letstalk.conversation;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.workflow.CompletedTask;
import org.springframework.stereotype.Component;

/** Stores the next crisis plan after one that was not working. */
@Component("recordNewCrisisPlan")
public class RecordNewCrisisPlan implements JavaDelegate {

  private final Conversations conversations;
  private final CrisisSettings settings;

  public RecordNewCrisisPlan(Conversations conversations, CrisisSettings settings) {
    this.conversations = conversations;
    this.settings = settings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var recorded = conversations.makeNewPlan(CompletedTask.taskId(execution),
        UUID.fromString((String) execution.getVariable("conversationId")), execution.getVariables(),
        CompletedTask.userId(execution));
    PlanVariables.set(execution, recorded, settings);
  }
}
