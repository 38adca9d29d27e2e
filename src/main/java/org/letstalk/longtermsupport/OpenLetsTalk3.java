package org.letstalk.longtermsupport;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Opens the Let's Talk 3 record; sets {@code earlierConversationHeld} for the check of golden rule 2. */
@Component("openLetsTalk3")
public class OpenLetsTalk3 implements JavaDelegate {

  private final LetsTalk3Conversations letsTalk3;

  public OpenLetsTalk3(LetsTalk3Conversations letsTalk3) {
    this.letsTalk3 = letsTalk3;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LetsTalk3 record = letsTalk3.start(execution.getProcessInstanceId(),
        UUID.fromString((String) execution.getVariable("personId")), involvementId(execution));
    execution.setVariable("earlierConversationHeld", record.isEarlierConversationHeld());
  }

  private static UUID involvementId(DelegateExecution execution) {
    Object id = execution.getVariable("involvementId");
    return id == null ? null : UUID.fromString(id.toString());
  }
}
