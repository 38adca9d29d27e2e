package org.letstalk.audit;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
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
    execution.setVariable("auditSummary", audits.summarise(execution.getProcessInstanceId()));
  }
}
