package org.letstalk.longtermsupport.flow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.longtermsupport.ContinuingHealthCare;
import org.letstalk.workflow.CompletedTask;
import org.letstalk.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** Records the health partner's decision; the council's funding meanwhile is flagged for recovery when due. */
@Component("recordContinuingHealthCareDecision")
public class RecordContinuingHealthCareDecision implements JavaDelegate {

  static final String RECOVERY_FLAGGED = "recoveryFlagged";
  /** The sum the finance team invoices the NHS for, shown on their task; its days stay on the record. */
  static final String AMOUNT_TO_RECOVER = "amountToRecover";

  private final ContinuingHealthCare chc;

  public RecordContinuingHealthCareDecision(ContinuingHealthCare chc) {
    this.chc = chc;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ContinuingHealthCare.Consideration recorded = chc.decided(
        ProcessVariables.uuid(execution, StartContinuingHealthCare.CONSIDERATION_ID),
        ContinuingHealthCare.decision(execution.getVariables()), CompletedTask.userId(execution));
    execution.setVariable(RECOVERY_FLAGGED, recorded.recoveryFlagged());
    if (recorded.recoveryFlagged()) {
      execution.setVariable(AMOUNT_TO_RECOVER, recorded.amountToRecover().toPlainString());
    }
  }
}
