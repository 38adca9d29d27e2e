package org.letstalk.carers.flow;

import static org.letstalk.carers.flow.CarersVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.carers.Carers;
import org.letstalk.identity.Groups;
import org.letstalk.workflow.CompletedTask;
import org.letstalk.workflow.ProcessVariables;
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
    String team = ProcessVariables.text(execution, ProcessVariables.CONVERSATION_TEAM);
    Carers.CarersPlan written = carers.plan(ProcessVariables.uuid(execution, ProcessVariables.PERSON_ID),
        ProcessVariables.uuid(execution, CARED_FOR_ID), ProcessVariables.uuidOrNull(execution, SUPPORT_PLAN_ID),
        CarersForms.plan(execution.getVariables()), by, team == null ? Groups.CARERS_CENTRE : team);
    execution.setVariable(SUPPORT_PLAN_ID, written.plan().getId().toString());
    execution.setVariable(CARED_FOR_PLAN_ID, ProcessVariables.id(written.caredForPlanId()));
    // A plain double, as the authorisation-level table reads it.
    execution.setVariable(PLAN_WEEKLY_COST, written.fundedWeeklyCost().doubleValue());
    execution.setVariable(PLAN_WRITTEN_BY, by);
    execution.setVariable(PLAN_SUMMARY, "Carer's support plan, " + written.plan().getDelivery() + ", £"
        + written.fundedWeeklyCost().setScale(2).toPlainString() + " a week"
        + (written.replacementCare() == null ? "" : ", with replacement care for "
        + execution.getVariable(CARED_FOR_NAME) + " on their plan"));
  }
}
