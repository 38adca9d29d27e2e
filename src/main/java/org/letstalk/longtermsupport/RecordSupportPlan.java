package org.letstalk.longtermsupport;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.identity.Groups;
import org.letstalk.plan.SupportPlan;
import org.letstalk.workflow.CompletedTask;
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
    Object team = execution.getVariable("conversationTeam");
    SupportPlan plan = letsTalk3.plan(execution.getProcessInstanceId(), execution.getVariables(), by,
        team == null ? Groups.PRACTITIONERS : team.toString());
    execution.setVariable("supportPlanId", plan.getId().toString());
    // A plain double, as the authorisation-level table reads it.
    execution.setVariable("planWeeklyCost", plan.getWeeklyCost().doubleValue());
    execution.setVariable("planWrittenBy", by);
    execution.setVariable("planSummary", "Support plan, " + plan.getDelivery() + ", £"
        + plan.getWeeklyCost().setScale(2).toPlainString() + " a week");
  }
}
