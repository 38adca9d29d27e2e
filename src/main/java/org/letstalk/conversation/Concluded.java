package org.letstalk.conversation;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** What a finished conversation hands back to the involvement that called it. */
final class Concluded {

  private Concluded() {
  }

  static void set(DelegateExecution execution, Conversation conversation) {
    execution.setVariable("conversationOutcome", conversation.getOutcome().name());
    execution.setVariable("conversationRationale", conversation.getOutcomeRationale());
    execution.setVariable("conversationHeldBy", conversation.getHeldBy());
  }
}
