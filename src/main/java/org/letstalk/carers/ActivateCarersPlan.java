package org.letstalk.carers;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Makes the funded carer's plan active and puts its replacement care on the cared-for person's plan. */
@Component("activateCarersPlan")
public class ActivateCarersPlan implements JavaDelegate {

  private final Carers carers;

  public ActivateCarersPlan(Carers carers) {
    this.carers = carers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object caredForPlanId = execution.getVariable("caredForPlanId");
    carers.activate(UUID.fromString((String) execution.getVariable("supportPlanId")),
        Carers.replacementCare(execution.getVariables()),
        caredForPlanId == null ? null : UUID.fromString(caredForPlanId.toString()));
  }
}
