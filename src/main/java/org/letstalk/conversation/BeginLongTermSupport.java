package org.letstalk.conversation;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
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
    involvements.end(UUID.fromString((String) execution.getVariable("involvementId")),
        InvolvementStatus.LONG_TERM_SUPPORT, (String) execution.getVariable("conversationRationale"));
  }
}
