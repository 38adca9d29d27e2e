package org.letstalk.record;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.letstalk.validation.NotAllowedException;
import org.springframework.stereotype.Component;

/**
 * Task listener ({@code event="assignment"}): whoever asked for a note to be deleted cannot claim or be given the
 * decision, whatever groups they hold; the decision step refuses them again.
 */
@Component("keepNoteRequesterOut")
class KeepNoteRequesterOut implements TaskListener {

  private final NoteDeletionRepository deletions;

  KeepNoteRequesterOut(NoteDeletionRepository deletions) {
    this.deletions = deletions;
  }

  @Override
  public void notify(DelegateTask task) {
    String assignee = task.getAssignee();
    Object requestId = task.getVariable("requestId");
    if (assignee == null || requestId == null) {
      return;
    }
    deletions.findById(UUID.fromString(requestId.toString()))
        .filter(request -> assignee.equals(request.getRequestedBy()))
        .ifPresent(request -> {
          throw new NotAllowedException(assignee + " asked for this deletion and cannot decide it: another manager must");
        });
  }
}
