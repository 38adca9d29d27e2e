package org.letstalk.retention.flow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.retention.RecordRetention;
import org.springframework.stereotype.Component;

/** Anonymises the records of closed cases past the retention period. Done once per run (retention_run). */
@Component("anonymiseClosedCases")
class AnonymiseClosedCases implements JavaDelegate {

  private final RecordRetention retention;

  AnonymiseClosedCases(RecordRetention retention) {
    this.retention = retention;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(RetentionVariables.CASES_ANONYMISED, retention.anonymiseClosedCases(execution.getProcessInstanceId()).records());
  }
}
