package org.letstalk.conversation.flow;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.letstalk.conversation.Conversation;
import org.letstalk.conversation.ConversationOutcome;

/**
 * What a finished conversation hands back to the process that called it: its id, outcome and who held it, and a
 * rationale that is never a safeguarding concern's. A concern's description and who it names stay with the
 * conversation in the tables, where the step raising the concern reads them by the conversation's id.
 */
public final class Concluded {

  /** The rationale handed back, as an authorisation's summary, when the conversation ended in a concern. */
  public static final String CONCERN_RAISED =
      "The conversation ended in a safeguarding concern; what was said is with the safeguarding decision-makers.";

  private Concluded() {
  }

  public static void set(DelegateExecution execution, Conversation conversation) {
    execution.setVariable(ConversationVariables.CONVERSATION_ID, conversation.getId().toString());
    execution.setVariable(ConversationVariables.CONVERSATION_OUTCOME, conversation.getOutcome().name());
    execution.setVariable(ConversationVariables.CONVERSATION_RATIONALE,
        rationale(conversation.getOutcome(), conversation.getOutcomeRationale()));
    execution.setVariable(ConversationVariables.CONVERSATION_HELD_BY, conversation.getHeldBy());
    forgetConcern(execution, conversation.getOutcome());
  }

  /** The rationale a conversation hands back: never the description of the concern it ended in. */
  public static String rationale(ConversationOutcome outcome, String rationale) {
    return outcome == ConversationOutcome.SAFEGUARDING ? CONCERN_RAISED : rationale;
  }

  /**
   * Once the conversation is stored, the form's concern fields leave the process: who the concern names, and the
   * rationale when it is the concern's description.
   */
  public static void forgetConcern(DelegateExecution execution, ConversationOutcome outcome) {
    execution.removeVariables(List.of(ConversationVariables.CONCERN_ALLEGED_PERSON_NAME,
        ConversationVariables.CONCERN_ALLEGED_PERSON_RELATIONSHIP));
    if (outcome == ConversationOutcome.SAFEGUARDING) {
      execution.removeVariable(ConversationVariables.OUTCOME_RATIONALE);
    }
  }
}
