package org.letstalk.audit.flow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.audit.Audits;
import org.letstalk.workflow.CurrentUser;
import org.letstalk.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** Stores what a manager did after a Poor or Unacceptable audit. */
@Component("recordAuditFollowUp")
class RecordAuditFollowUp implements JavaDelegate {

  private final Audits audits;
  private final CurrentUser currentUser;

  RecordAuditFollowUp(Audits audits, CurrentUser currentUser) {
    this.audits = audits;
    this.currentUser = currentUser;
  }

  @Override
  public void execute(DelegateExecution execution) {
    audits.recordFollowUp(ProcessVariables.text(execution, AuditVariables.AUDIT_ID),
        AuditForms.followUpAction(execution.getVariables()), currentUser.id());
  }
}
