package org.letstalk.audit.flow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.audit.Audits;
import org.letstalk.identity.Groups;
import org.letstalk.identity.Workers;
import org.springframework.stereotype.Component;

/** Picks two cases for each service manager from last month's work [T 6.8]. */
@Component("pickAuditCases")
class PickAuditCases implements JavaDelegate {

  private final Audits audits;
  private final Workers workers;

  PickAuditCases(Audits audits, Workers workers) {
    this.audits = audits;
    this.workers = workers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    audits.startRound(execution.getProcessInstanceId(), workers.members(Groups.SERVICE_MANAGERS));
    execution.setVariable(AuditVariables.AUDIT_COUNT, audits.caseAuditIds(execution.getProcessInstanceId()).size());
    execution.setVariable(AuditVariables.AUDIT_MONTH_NAME, audits.monthName(execution.getProcessInstanceId()));
  }
}
