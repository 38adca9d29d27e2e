package org.letstalk.carers;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
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
    carers.notEligible(execution.getProcessInstanceId(), execution.getVariables());
  }
}
