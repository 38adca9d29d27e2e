package org.letstalk.conversation;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
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
    involvements.end(UUID.fromString((String) execution.getVariable("involvementId")), InvolvementStatus.CLOSED,
        (String) execution.getVariable("conversationRationale"));
  }
}
