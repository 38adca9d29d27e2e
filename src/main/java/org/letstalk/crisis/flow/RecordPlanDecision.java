package org.letstalk.crisis.flow;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.crisis.CrisisConversations;
import org.letstalk.crisis.PlanDecision;
import org.letstalk.involvement.flow.InvolvementVariables;
import org.letstalk.workflow.CompletedTask;
import org.letstalk.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** Records a decision, before the end date, to end the plan as not working or to review it now. */
@Component("recordPlanDecision")
public class RecordPlanDecision implements JavaDelegate {

  private final CrisisConversations crisisConversations;

  public RecordPlanDecision(CrisisConversations crisisConversations) {
    this.crisisConversations = crisisConversations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CrisisForms.Decided decided = CrisisForms.planDecision(execution.getVariables());
    PlanDecision choice = crisisConversations.decideBeforeEndDate(CompletedTask.taskId(execution),
        InvolvementVariables.context(execution), ProcessVariables.uuid(execution, CrisisVariables.CRISIS_PLAN_ID),
        decided.choice(), decided.reason(), CompletedTask.userId(execution));
    execution.setVariable(CrisisVariables.PLAN_ENDING, choice.name());
    execution.removeVariables(List.of(CrisisVariables.PLAN_DECISION, CrisisVariables.PLAN_DECISION_REASON));
  }
}
