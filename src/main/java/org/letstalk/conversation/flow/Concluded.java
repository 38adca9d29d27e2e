package org.letstalk.conversation.flow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.letstalk.conversation.Conversation;

/** What a finished conversation hands back to the process that called it. */
public final class Concluded {

  private Concluded() {
  }

  public static void set(DelegateExecution execution, Conversation conversation) {
    execution.setVariable(ConversationVariables.CONVERSATION_OUTCOME, conversation.getOutcome().name());
    execution.setVariable(ConversationVariables.CONVERSATION_RATIONALE, conversation.getOutcomeRationale());
    execution.setVariable(ConversationVariables.CONVERSATION_HELD_BY, conversation.getHeldBy());
  }
}
