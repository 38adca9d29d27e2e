package org.letstalk.retention.flow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.retention.RecordRetention;
import org.springframework.stereotype.Component;

/** Deletes the documents made for anonymised people. Done once per run (retention_run). */
@Component("removeDocumentsOfAnonymised")
class RemoveDocumentsOfAnonymised implements JavaDelegate {

  private final RecordRetention retention;

  RemoveDocumentsOfAnonymised(RecordRetention retention) {
    this.retention = retention;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(RetentionVariables.DOCUMENTS_REMOVED,
        retention.removeDocumentsOfAnonymised(execution.getProcessInstanceId()).records());
  }
}
