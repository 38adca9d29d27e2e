package org.letstalk.conversation.flow;

import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.conversation.Conversations;
import org.letstalk.validation.FormInput;
import org.letstalk.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * A returned funding change, revised: the new weekly cost and why, checked and kept with the conversation, then
 * asked for again. Refused naming the field, with the task left open, when either is missing.
 */
@Component("recordRevisedFundingChange")
public class RecordRevisedFundingChange implements JavaDelegate {

  record Revised(BigDecimal newWeeklyCost, String reason) {
  }

  private final Conversations conversations;

  public RecordRevisedFundingChange(Conversations conversations) {
    this.conversations = conversations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Revised revised = FormInput.read(execution.getVariables(), in -> new Revised(
        in.requiredAmount(ConversationVariables.NEW_WEEKLY_COST),
        in.requiredText(ConversationVariables.FUNDING_CHANGE_REASON, FormInput.LONG_TEXT)));
    conversations.fundingChangeRevised(ProcessVariables.uuid(execution, ConversationVariables.CONVERSATION_ID),
        revised.newWeeklyCost(), revised.reason());
    // A plain double, as the authorisation-level table reads it.
    execution.setVariable(ConversationVariables.NEW_WEEKLY_COST, revised.newWeeklyCost().doubleValue());
  }
}
