package org.letstalk.retention.flow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.retention.RecordRetention;
import org.springframework.stereotype.Component;

/** Deletes access log entries past the retention period. Done once per run (retention_run). */
@Component("trimAccessLog")
class TrimAccessLog implements JavaDelegate {

  private final RecordRetention retention;

  TrimAccessLog(RecordRetention retention) {
    this.retention = retention;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(RetentionVariables.ACCESS_LOG_ENTRIES_REMOVED,
        retention.trimAccessLog(execution.getProcessInstanceId()).records());
  }
}
