package org.letstalk.carers;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.identity.Groups;
import org.letstalk.workflow.CompletedTask;
import org.springframework.stereotype.Component;

/** Validates and stores the carer's draft support plan; prepares the funding request for it. */
@Component("recordCarersSupportPlan")
public class RecordCarersSupportPlan implements JavaDelegate {

  private final Carers carers;

  public RecordCarersSupportPlan(Carers carers) {
    this.carers = carers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String by = CompletedTask.userId(execution);
    Object team = execution.getVariable("conversationTeam");
    Carers.CarersPlan written = carers.plan(UUID.fromString((String) execution.getVariable("personId")),
        UUID.fromString((String) execution.getVariable("caredForId")),
        (String) execution.getVariable("supportPlanId"), execution.getVariables(), by,
        team == null ? Groups.CARERS_CENTRE : team.toString());
    execution.setVariable("supportPlanId", written.plan().getId().toString());
    execution.setVariable("caredForPlanId",
        written.caredForPlanId() == null ? null : written.caredForPlanId().toString());
    // A plain double, as the authorisation-level table reads it.
    execution.setVariable("planWeeklyCost", written.fundedWeeklyCost().doubleValue());
    execution.setVariable("planWrittenBy", by);
    execution.setVariable("planSummary", "Carer's support plan, " + written.plan().getDelivery() + ", £"
        + written.fundedWeeklyCost().setScale(2).toPlainString() + " a week"
        + (written.replacementCare() == null ? "" : ", with replacement care for "
        + execution.getVariable("caredForName") + " on their plan"));
  }
}
