package org.letstalk.audit;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.validation.FormInput;
import org.springframework.stereotype.Component;

/** Checks and stores a completed audit form in the completing transaction; bad input keeps the task open. */
@Component("recordCaseAudit")
class RecordCaseAudit implements JavaDelegate {

  private final Audits audits;

  RecordCaseAudit(Audits audits) {
    this.audits = audits;
  }

  @Override
  public void execute(DelegateExecution execution) {
    AuditFinding finding = audits.record((String) execution.getVariable("auditId"),
        FormInput.of(execution.getVariables()));
    execution.setVariableLocal("auditFinding", finding.name());
  }
}
