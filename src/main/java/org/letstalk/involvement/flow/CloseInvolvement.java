package org.letstalk.involvement.flow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.involvement.ClosureLetters;
import org.letstalk.involvement.Involvement;
import org.letstalk.involvement.Involvements;
import org.letstalk.validation.ConflictException;
import org.letstalk.workflow.CurrentUser;
import org.letstalk.workflow.ProcessVariables;
import org.letstalk.workflow.Workflow;
import org.springframework.stereotype.Component;

/**
 * Closes the case once a team manager has authorised it [T 7.18 2.3b]; while a plan of the person's is in force
 * only this episode ends, and the case carries on in long-term support. A further contact taken into this episode
 * and not yet considered keeps it from ending (409): closing over it would leave its task open in a closed case.
 */
@Component("closeInvolvement")
public class CloseInvolvement implements JavaDelegate {

  static final String FURTHER_CONTACT_TASK = "Task_ConsiderFurtherContact";

  private final Involvements involvements;
  private final Workflow workflow;
  private final ClosureLetters letters;
  private final CurrentUser currentUser;

  public CloseInvolvement(Involvements involvements, Workflow workflow, ClosureLetters letters,
      CurrentUser currentUser) {
    this.involvements = involvements;
    this.workflow = workflow;
    this.letters = letters;
    this.currentUser = currentUser;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean furtherContactWaits = workflow.asPartOfThisStep(() -> workflow
        .openTasks(execution.getProcessInstanceId()).stream()
        .anyMatch(task -> FURTHER_CONTACT_TASK.equals(task.taskDefinitionKey())));
    if (furtherContactWaits) {
      throw new ConflictException("a further contact about " + ProcessVariables.text(execution,
          ProcessVariables.PERSON_NAME) + " waits to be considered in this case; the case can close once it has"
          + " been. Nothing was changed");
    }
    Involvement involvement = involvements.closeOrCarryOn(ProcessVariables.uuid(execution,
        ProcessVariables.INVOLVEMENT_ID), ProcessVariables.text(execution, InvolvementVariables.CONVERSATION_RATIONALE),
        execution.getProcessInstanceId());
    // The manager who authorised the closure, in whose transaction the case closes.
    String authorisedBy = (String) execution.getVariable(ProcessVariables.AUTHORISED_BY);
    letters.closed(involvement, authorisedBy != null ? authorisedBy : currentUser.id());
  }
}
