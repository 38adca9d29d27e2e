package org.letstalk.conversation;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Opens the involvement record; the first conversation is a Let's Talk 2 in a crisis, otherwise a Let's Talk 1. */
@Component("openInvolvement")
public class OpenInvolvement implements JavaDelegate {

  private final Involvements involvements;

  public OpenInvolvement(Involvements involvements) {
    this.involvements = involvements;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object contactId = execution.getVariable("contactId");
    Involvement involvement = involvements.open(execution.getProcessInstanceId(),
        UUID.fromString((String) execution.getVariable("personId")),
        contactId == null ? null : UUID.fromString(contactId.toString()));
    execution.setVariable("involvementId", involvement.getId().toString());
    execution.setVariable("nextConversation", Boolean.TRUE.equals(execution.getVariable("crisis")) ? "LT2" : "LT1");
  }
}
