package org.letstalk.carers.flow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.carers.CarerConversation;
import org.letstalk.carers.CarerConversationType;
import org.letstalk.carers.Carers;
import org.letstalk.conversation.flow.Concluded;
import org.letstalk.conversation.flow.ConversationVariables;
import org.letstalk.workflow.CompletedTask;
import org.letstalk.workflow.Council;
import org.letstalk.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * Validates and stores a carer's Let's Talk 1 or 3 ({@code conversationType}) in the transaction that completes
 * its task. Sets {@code canNoLongerCare}, which starts the cared-for person's reassessment [W ¶117]. Hands the
 * conversation's id and outcome to what follows; a safeguarding concern's detail stays in the tables.
 */
@Component("recordCarersConversation")
public class RecordCarersConversation implements JavaDelegate {

  private final Carers carers;
  private final Council council;

  public RecordCarersConversation(Carers carers, Council council) {
    this.council = council;
    this.carers = carers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CarerConversationType type =
        CarerConversationType.valueOf(ProcessVariables.text(execution, CarersVariables.CONVERSATION_TYPE));
    String heldBy = CompletedTask.userId(execution);
    CarerConversation held = carers.record(type, CompletedTask.taskId(execution), execution.getProcessInstanceId(),
        ProcessVariables.uuid(execution, ProcessVariables.PERSON_ID),
        ProcessVariables.uuid(execution, CarersVariables.CARED_FOR_ID),
        ProcessVariables.uuidOrNull(execution, ProcessVariables.INVOLVEMENT_ID),
        CarersForms.conversation(execution.getVariables(), type, council.inWales()), heldBy);
    execution.setVariable(ConversationVariables.CONVERSATION_HELD_BY, heldBy);
    execution.setVariable(ProcessVariables.CONVERSATION_ASSIGNEE, heldBy);
    if (held.getOutcome() != null) {
      execution.setVariable(ConversationVariables.CONVERSATION_ID, held.getId().toString());
      execution.setVariable(ConversationVariables.CONVERSATION_OUTCOME, held.getOutcome().name());
      execution.setVariable(CarersVariables.NEXT_CONVERSATION, held.getOutcome().name());
      execution.setVariable(ConversationVariables.CONVERSATION_RATIONALE,
          Concluded.rationale(held.getOutcome(), held.getOutcomeRationale()));
    }
    Concluded.forgetConcern(execution, held.getOutcome());
    execution.setVariable(CarersVariables.CAN_NO_LONGER_CARE, held.isCanNoLongerCare());
  }
}
