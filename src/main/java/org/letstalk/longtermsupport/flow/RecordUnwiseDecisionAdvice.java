package org.letstalk.longtermsupport.flow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.longtermsupport.UnwiseDecisions;
import org.letstalk.workflow.CompletedTask;
import org.letstalk.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** Records the service manager's advice on an unwise decision with significant risk [T 2.56]. */
@Component("recordUnwiseDecisionAdvice")
public class RecordUnwiseDecisionAdvice implements JavaDelegate {

  private final UnwiseDecisions unwise;

  public RecordUnwiseDecisionAdvice(UnwiseDecisions unwise) {
    this.unwise = unwise;
  }

  @Override
  public void execute(DelegateExecution execution) {
    unwise.advised(CompletedTask.taskId(execution), ProcessVariables.uuid(execution, ProcessVariables.PERSON_ID),
        execution.getVariables(), CompletedTask.userId(execution));
    // On the record now.
    execution.removeVariable(UnwiseDecisions.DECISION);
    execution.removeVariable(UnwiseDecisions.ADVICE);
  }
}
