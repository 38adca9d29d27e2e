package org.letstalk.crisis.flow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.crisis.CrisisPlans;
import org.letstalk.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** Marks a spend above the limit as made once approved, or as not made. */
@Component("recordSpendDecision")
public class RecordSpendDecision implements JavaDelegate {

  private final CrisisPlans crisisPlans;

  public RecordSpendDecision(CrisisPlans crisisPlans) {
    this.crisisPlans = crisisPlans;
  }

  @Override
  public void execute(DelegateExecution execution) {
    crisisPlans.spendDecided(ProcessVariables.uuid(execution, CrisisVariables.SPEND_ID),
        "APPROVED".equals(execution.getVariable(CrisisVariables.AUTHORISATION_DECISION)));
  }
}
