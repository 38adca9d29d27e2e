package org.letstalk.conversation.flow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.conversation.Conversations;
import org.letstalk.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** A declined Let's Talk 1 funding change: the plan in force stays as it is; the conversation keeps why. */
@Component("recordFundingChangeDeclined")
public class RecordFundingChangeDeclined implements JavaDelegate {

  private final Conversations conversations;

  public RecordFundingChangeDeclined(Conversations conversations) {
    this.conversations = conversations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    conversations.fundingChangeDeclined(ProcessVariables.uuid(execution, ConversationVariables.CONVERSATION_ID),
        ProcessVariables.text(execution, ConversationVariables.AUTHORISATION_REASON));
  }
}
