package org.letstalk.carers;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.workflow.CompletedTask;
import org.springframework.stereotype.Component;

/**
 * Validates and stores a carer's Let's Talk 1 or 3 ({@code conversationType}) in the transaction that completes
 * its task. Sets {@code canNoLongerCare}, which starts the cared-for person's reassessment [W ¶117].
 */
@Component("recordCarersConversation")
public class RecordCarersConversation implements JavaDelegate {

  private final Carers carers;

  public RecordCarersConversation(Carers carers) {
    this.carers = carers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CarerConversationType type = CarerConversationType.valueOf((String) execution.getVariable("conversationType"));
    String heldBy = CompletedTask.userId(execution);
    Object involvementId = execution.getVariable("involvementId");
    CarerConversation held = carers.record(type, CompletedTask.taskId(execution), execution.getProcessInstanceId(),
        UUID.fromString((String) execution.getVariable("personId")),
        UUID.fromString((String) execution.getVariable("caredForId")),
        involvementId == null ? null : UUID.fromString(involvementId.toString()), execution.getVariables(), heldBy);
    execution.setVariable("conversationHeldBy", heldBy);
    execution.setVariable("conversationAssignee", heldBy);
    if (held.getOutcome() != null) {
      execution.setVariable("conversationOutcome", held.getOutcome().name());
      execution.setVariable("nextConversation", held.getOutcome().name());
      execution.setVariable("conversationRationale", held.getOutcomeRationale());
    }
    execution.setVariable("canNoLongerCare", held.isCanNoLongerCare());
  }
}
