package org.letstalk.carers.flow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.carers.Carers;
import org.springframework.stereotype.Component;

/** Stores the written decision that the carer's needs are not eligible. */
@Component("recordCarersNotEligible")
public class RecordCarersNotEligible implements JavaDelegate {

  private final Carers carers;

  public RecordCarersNotEligible(Carers carers) {
    this.carers = carers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    carers.notEligible(execution.getProcessInstanceId(), CarersForms.notEligible(execution.getVariables()));
  }
}
