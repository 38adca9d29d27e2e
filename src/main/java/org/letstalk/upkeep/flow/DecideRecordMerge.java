package org.letstalk.upkeep.flow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.record.Viewer;
import org.letstalk.workflow.CurrentUser;
import org.letstalk.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** "Record the decision": in the completing transaction, so a refused decision leaves the task open. */
@Component("decideRecordMerge")
class DecideRecordMerge implements JavaDelegate {

  private final RecordMergeRequests requests;
  private final CurrentUser currentUser;

  DecideRecordMerge(RecordMergeRequests requests, CurrentUser currentUser) {
    this.requests = requests;
    this.currentUser = currentUser;
  }

  @Override
  public void execute(DelegateExecution execution) {
    requests.record(ProcessVariables.uuid(execution, MergeVariables.MERGE_ID), execution.getVariables(),
        new Viewer(currentUser.id(), currentUser.groups()));
  }
}
