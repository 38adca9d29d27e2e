package org.letstalk.conversation;

import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.validation.FormInput;
import org.letstalk.workflow.CompletedTask;
import org.springframework.stereotype.Component;

/** The involvement hands over to Let's Talk 3: long-term support planning begins [T 2.52-2.57]. */
@Component("beginLongTermSupport")
public class BeginLongTermSupport implements JavaDelegate {

  private final Involvements involvements;
  private final Conversations conversations;

  public BeginLongTermSupport(Involvements involvements, Conversations conversations) {
    this.involvements = involvements;
    this.conversations = conversations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String arranged = FormInput.of(execution.getVariables()).requiredText("letsTalk3Arranged", FormInput.LONG_TEXT);
    conversations.recordDecision(CompletedTask.taskId(execution), ConversationContext.of(execution),
        "LET_S_TALK_3_ARRANGED", CompletedTask.userId(execution), "Let's Talk 3 arranged",
        (String) execution.getVariable("conversationRationale"), null);
    involvements.end(UUID.fromString((String) execution.getVariable("involvementId")),
        InvolvementStatus.LONG_TERM_SUPPORT, arranged);
    execution.removeVariables(List.of("letsTalk3Arranged"));
  }
}
