package org.letstalk.record.flow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.record.CaseNotes;
import org.letstalk.record.NoteDeletionDecision;
import org.letstalk.record.Viewer;
import org.letstalk.validation.FormInput;
import org.letstalk.workflow.CurrentUser;
import org.letstalk.workflow.ProcessVariables;
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
    notes.decideDeletion(ProcessVariables.uuid(execution, NoteDeletionVariables.REQUEST_ID),
        () -> FormInput.read(execution.getVariables(), in -> {
          boolean approve = in.requiredFlag(NoteDeletionVariables.APPROVE);
          String reason = approve || in.rejected(NoteDeletionVariables.APPROVE)
              ? in.optionalText(NoteDeletionVariables.DECISION_REASON, 1000)
              : in.requiredText(NoteDeletionVariables.DECISION_REASON, 1000);
          return new NoteDeletionDecision(approve, reason);
        }),
        new Viewer(currentUser.id(), currentUser.groups()));
  }
}
