package org.letstalk.carers.flow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.carers.Carers;
import org.letstalk.workflow.ProcessVariables;
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
    carers.activate(ProcessVariables.uuid(execution, CarersVariables.SUPPORT_PLAN_ID),
        CarersForms.replacementCare(execution.getVariables()),
        ProcessVariables.uuidOrNull(execution, CarersVariables.CARED_FOR_PLAN_ID),
        ProcessVariables.text(execution, ProcessVariables.AUTHORISED_BY));
  }
}
