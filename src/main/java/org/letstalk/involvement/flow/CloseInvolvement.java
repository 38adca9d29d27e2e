package org.letstalk.involvement.flow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.involvement.Involvements;
import org.letstalk.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * Closes the case once a team manager has authorised it [T 7.18 2.3b]; while a plan of the person's is in force
 * only this episode ends, and the case carries on in long-term support.
 */
@Component("closeInvolvement")
public class CloseInvolvement implements JavaDelegate {

  private final Involvements involvements;

  public CloseInvolvement(Involvements involvements) {
    this.involvements = involvements;
  }

  @Override
  public void execute(DelegateExecution execution) {
    involvements.closeOrCarryOn(ProcessVariables.uuid(execution, ProcessVariables.INVOLVEMENT_ID),
        ProcessVariables.text(execution, InvolvementVariables.CONVERSATION_RATIONALE), execution.getProcessInstanceId());
  }
}
