package org.letstalk.audit.flow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.audit.AuditFinding;
import org.letstalk.audit.Audits;
import org.letstalk.workflow.ProcessVariables;
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
    AuditFinding finding = audits.record(ProcessVariables.text(execution, AuditVariables.AUDIT_ID),
        AuditForms.caseAudit(execution.getVariables()));
    execution.setVariableLocal(AuditVariables.AUDIT_FINDING, finding.name());
  }
}
