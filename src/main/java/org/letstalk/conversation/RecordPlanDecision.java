package org.letstalk.conversation;

import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.workflow.CompletedTask;
import org.springframework.stereotype.Component;

/** Records a decision, before the end date, to end the plan as not working or to review it now. */
@Component("recordPlanDecision")
public class RecordPlanDecision implements JavaDelegate {

  private final Conversations conversations;

  public RecordPlanDecision(Conversations conversations) {
    this.conversations = conversations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var choice = conversations.decideBeforeEndDate(CompletedTask.taskId(execution), ConversationContext.of(execution),
        UUID.fromString((String) execution.getVariable("crisisPlanId")), execution.getVariables(),
        CompletedTask.userId(execution));
    execution.setVariable("planEnding", choice.name());
    execution.removeVariables(List.of("planDecision", "planDecisionReason"));
  }
}
