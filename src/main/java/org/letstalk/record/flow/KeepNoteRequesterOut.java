package org.letstalk.record.flow;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.letstalk.record.CaseNotes;
import org.letstalk.validation.NotAllowedException;
import org.letstalk.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * Task listener ({@code event="assignment"}): whoever asked for a note to be deleted cannot claim or be given the
 * decision, whatever groups they hold; the decision step refuses them again.
 */
@Component("keepNoteRequesterOut")
class KeepNoteRequesterOut implements TaskListener {

  private final CaseNotes notes;

  KeepNoteRequesterOut(CaseNotes notes) {
    this.notes = notes;
  }

  @Override
  public void notify(DelegateTask task) {
    String assignee = task.getAssignee();
    UUID requestId = ProcessVariables.uuidOrNull(task, NoteDeletionVariables.REQUEST_ID);
    if (assignee == null || requestId == null) {
      return;
    }
    notes.findDeletion(requestId).filter(request -> assignee.equals(request.getRequestedBy())).ifPresent(request -> {
      throw new NotAllowedException(assignee + " asked for this deletion and cannot decide it: another manager must");
    });
  }
}
