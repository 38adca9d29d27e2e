package org.letstalk.record;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.validation.FormInput;
import org.letstalk.workflow.CurrentUser;
import org.springframework.stereotype.Component;

/** Records a manager's decision on a note deletion in the completing transaction. */
@Component("decideNoteDeletion")
class DecideNoteDeletion implements JavaDelegate {

  private final CaseNotes notes;
  private final CurrentUser currentUser;

  DecideNoteDeletion(CaseNotes notes, CurrentUser currentUser) {
    this.notes = notes;
    this.currentUser = currentUser;
  }

  @Override
  public void execute(DelegateExecution execution) {
    notes.decideDeletion(UUID.fromString((String) execution.getVariable("requestId")),
        FormInput.of(execution.getVariables()), new Viewer(currentUser.id(), currentUser.groups()));
  }
}
