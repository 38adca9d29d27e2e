package org.letstalk.workflow;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.letstalk.validation.InputRejectedException;
import org.springframework.stereotype.Component;

/**
 * Task listener ({@code event="complete"}) that hands the completed task's id and the user who completed it to
 * the recording step straight after it, in the same transaction. The task id is the idempotency key of what
 * that step writes; transient, so it is never stored as a process variable.
 */
@Component("completedTask")
public class CompletedTask implements TaskListener {

  static final String TASK_ID = "completedTaskId";
  static final String USER_ID = "completedBy";

  private final CurrentUser currentUser;

  public CompletedTask(CurrentUser currentUser) {
    this.currentUser = currentUser;
  }

  @Override
  public void notify(DelegateTask task) {
    // Who completed the task is ours to say; a value sent with the completion under these names is refused.
    for (String name : new String[] {TASK_ID, USER_ID}) {
      TypedValue sent = task.getExecution().getVariableTyped(name);
      if (sent != null && !sent.isTransient()) {
        throw new InputRejectedException(name, "is recorded by Let's Talk itself; leave it out of the form");
      }
    }
    String user = currentUser.id() != null ? currentUser.id() : task.getAssignee();
    task.getExecution().setVariable(TASK_ID, Variables.stringValue(task.getId(), true));
    task.getExecution().setVariable(USER_ID, Variables.stringValue(user, true));
  }

  /** The task just completed on this path. */
  public static String taskId(VariableScope scope) {
    Object id = scope.getVariable(TASK_ID);
    if (id == null) {
      throw new IllegalStateException("No completed task before this step: add the completedTask listener to it");
    }
    return id.toString();
  }

  /** Who completed it: the signed-in user, or the assignee when the engine completed it on their behalf. */
  public static String userId(VariableScope scope) {
    Object user = scope.getVariable(USER_ID);
    return user == null ? null : user.toString();
  }
}
