package org.letstalk.longtermsupport.flow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.longtermsupport.ContinuingHealthCare;
import org.letstalk.workflow.CompletedTask;
import org.letstalk.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** Records the finance team's invoice to the NHS for the council's funding meanwhile. */
@Component("recordContinuingHealthCareRecovery")
public class RecordContinuingHealthCareRecovery implements JavaDelegate {

  private final ContinuingHealthCare chc;

  public RecordContinuingHealthCareRecovery(ContinuingHealthCare chc) {
    this.chc = chc;
  }

  @Override
  public void execute(DelegateExecution execution) {
    chc.invoiced(ProcessVariables.uuid(execution, StartContinuingHealthCare.CONSIDERATION_ID),
        execution.getVariables(), CompletedTask.userId(execution));
    // The reference is on the record now.
    execution.removeVariable(ContinuingHealthCare.INVOICE_REFERENCE);
  }
}
