package org.letstalk.longtermsupport.flow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.longtermsupport.LetsTalk3;
import org.letstalk.longtermsupport.LetsTalk3Conversations;
import org.letstalk.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** Opens the Let's Talk 3 record; sets {@code earlierConversationHeld} for the check of [T 1.19, 2.55]. */
@Component("openLetsTalk3")
public class OpenLetsTalk3 implements JavaDelegate {

  private final LetsTalk3Conversations letsTalk3;

  public OpenLetsTalk3(LetsTalk3Conversations letsTalk3) {
    this.letsTalk3 = letsTalk3;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LetsTalk3 record = letsTalk3.start(execution.getProcessInstanceId(),
        ProcessVariables.uuid(execution, ProcessVariables.PERSON_ID),
        ProcessVariables.uuidOrNull(execution, ProcessVariables.INVOLVEMENT_ID));
    execution.setVariable(LetsTalk3Variables.EARLIER_CONVERSATION_HELD, record.isEarlierConversationHeld());
  }
}
