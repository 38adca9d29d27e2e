package org.letstalk.involvement.flow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.involvement.InvolvementStatus;
import org.letstalk.involvement.Involvements;
import org.letstalk.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * Let's Talk 3 ended with a funded, active plan: the involvement moves to long-term support [T 2.52-2.57].
 * Reads {@code conversationRationale}, which the Let's Talk 3 hands back.
 */
@Component("beginLongTermSupport")
public class BeginLongTermSupport implements JavaDelegate {

  private final Involvements involvements;

  public BeginLongTermSupport(Involvements involvements) {
    this.involvements = involvements;
  }

  @Override
  public void execute(DelegateExecution execution) {
    involvements.end(ProcessVariables.uuid(execution, ProcessVariables.INVOLVEMENT_ID),
        InvolvementStatus.LONG_TERM_SUPPORT, ProcessVariables.text(execution, InvolvementVariables.CONVERSATION_RATIONALE));
  }
}
