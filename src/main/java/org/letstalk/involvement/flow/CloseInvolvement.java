package org.letstalk.involvement.flow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.involvement.InvolvementStatus;
import org.letstalk.involvement.Involvements;
import org.letstalk.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** Closes the involvement once a team manager has authorised it [T 7.18 2.3b]. */
@Component("closeInvolvement")
public class CloseInvolvement implements JavaDelegate {

  private final Involvements involvements;

  public CloseInvolvement(Involvements involvements) {
    this.involvements = involvements;
  }

  @Override
  public void execute(DelegateExecution execution) {
    involvements.end(ProcessVariables.uuid(execution, ProcessVariables.INVOLVEMENT_ID), InvolvementStatus.CLOSED,
        ProcessVariables.text(execution, InvolvementVariables.CONVERSATION_RATIONALE));
  }
}
