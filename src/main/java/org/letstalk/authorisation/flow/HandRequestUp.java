package org.letstalk.authorisation.flow;

import static org.letstalk.authorisation.flow.AuthorisationVariables.*;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.workflow.ProcessVariables;
import org.letstalk.workflow.Workflow;
import org.springframework.stereotype.Component;

/**
 * "Give the request to the next level too": the decision task stays the one task, with whoever holds it; the next
 * level's group is added to it, and it takes the due date and priority the model gives. Running it twice changes
 * nothing more.
 */
@Component("handRequestUp")
public class HandRequestUp implements JavaDelegate {

  private final Workflow workflow;

  public HandRequestUp(Workflow workflow) {
    this.workflow = workflow;
  }

  @Override
  public void execute(DelegateExecution execution) {
    workflow.handUp(execution.getProcessInstanceId(), DECISION_TASK,
        ProcessVariables.text(execution, AUTHORISATION_GROUP), (Date) execution.getVariable(ESCALATED_DUE_DATE),
        ((Number) execution.getVariable(ESCALATED_PRIORITY)).intValue());
  }
}
