package org.letstalk.longtermsupport.flow;

import static org.letstalk.longtermsupport.flow.LetsTalk3Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.identity.Groups;
import org.letstalk.longtermsupport.LetsTalk3Conversations;
import org.letstalk.plan.PlanType;
import org.letstalk.plan.SupportPlan;
import org.letstalk.workflow.CompletedTask;
import org.letstalk.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** Validates and stores the personal budget and the draft plan; prepares the funding request for it. */
@Component("recordSupportPlan")
public class RecordSupportPlan implements JavaDelegate {

  private final LetsTalk3Conversations letsTalk3;

  public RecordSupportPlan(LetsTalk3Conversations letsTalk3) {
    this.letsTalk3 = letsTalk3;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String by = CompletedTask.userId(execution);
    String team = ProcessVariables.text(execution, ProcessVariables.CONVERSATION_TEAM);
    SupportPlan plan = letsTalk3.plan(execution.getProcessInstanceId(), LetsTalk3Forms.plan(execution.getVariables()),
        by, team == null ? Groups.PRACTITIONERS : team);
    execution.setVariable(SUPPORT_PLAN_ID, plan.getId().toString());
    // A plain double, as the authorisation-level table reads it.
    execution.setVariable(PLAN_WEEKLY_COST, plan.getWeeklyCost().doubleValue());
    execution.setVariable(PLAN_WRITTEN_BY, by);
    // The authorisation-level table sends any residential placement to the funding panel.
    execution.setVariable(RESIDENTIAL_PLACEMENT, plan.getPlanType() == PlanType.RESIDENTIAL_CARE);
    execution.setVariable(PLAN_SUMMARY, "Support plan, " + plan.getDelivery() + ", £"
        + plan.getWeeklyCost().setScale(2).toPlainString() + " a week");
  }
}
