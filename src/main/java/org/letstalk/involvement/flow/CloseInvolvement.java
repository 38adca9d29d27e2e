package org.letstalk.involvement.flow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.involvement.ClosureLetters;
import org.letstalk.involvement.Involvement;
import org.letstalk.involvement.Involvements;
import org.letstalk.workflow.CurrentUser;
import org.letstalk.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * Closes the case once a team manager has authorised it [T 7.18 2.3b]; while a plan of the person's is in force
 * only this episode ends, and the case carries on in long-term support.
 */
@Component("closeInvolvement")
public class CloseInvolvement implements JavaDelegate {

  private final Involvements involvements;
  private final ClosureLetters letters;
  private final CurrentUser currentUser;

  public CloseInvolvement(Involvements involvements, ClosureLetters letters, CurrentUser currentUser) {
    this.involvements = involvements;
    this.letters = letters;
    this.currentUser = currentUser;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Involvement involvement = involvements.closeOrCarryOn(ProcessVariables.uuid(execution,
        ProcessVariables.INVOLVEMENT_ID), ProcessVariables.text(execution, InvolvementVariables.CONVERSATION_RATIONALE),
        execution.getProcessInstanceId());
    // The manager who authorised the closure, in whose transaction the case closes.
    String authorisedBy = (String) execution.getVariable(ProcessVariables.AUTHORISED_BY);
    letters.closed(involvement, authorisedBy != null ? authorisedBy : currentUser.id());
  }
}
