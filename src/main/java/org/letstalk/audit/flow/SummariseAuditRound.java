package org.letstalk.audit.flow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.audit.Audits;
import org.springframework.stereotype.Component;

/** Summarises the month's grades for the thematic review and keeps the summary with the round. */
@Component("summariseAuditRound")
class SummariseAuditRound implements JavaDelegate {

  private final Audits audits;

  SummariseAuditRound(Audits audits) {
    this.audits = audits;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(AuditVariables.AUDIT_SUMMARY, audits.summarise(execution.getProcessInstanceId()));
  }
}
