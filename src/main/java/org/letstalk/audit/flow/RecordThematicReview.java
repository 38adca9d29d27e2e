package org.letstalk.audit.flow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.audit.Audits;
import org.letstalk.workflow.CurrentUser;
import org.springframework.stereotype.Component;

/** Stores the Principal Social Worker's themes from the month's audits [T 6.10]. */
@Component("recordThematicReview")
class RecordThematicReview implements JavaDelegate {

  private final Audits audits;
  private final CurrentUser currentUser;

  RecordThematicReview(Audits audits, CurrentUser currentUser) {
    this.audits = audits;
    this.currentUser = currentUser;
  }

  @Override
  public void execute(DelegateExecution execution) {
    audits.recordThematicReview(execution.getProcessInstanceId(), AuditForms.themes(execution.getVariables()),
        currentUser.id());
  }
}
