package org.letstalk.involvement.flow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.involvement.Involvements;
import org.letstalk.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * Let's Talk 3 ended with a funded, active plan: the case stays open in long-term support [T 2.52-2.57] and
 * this episode of it ends; a later contact, reassessment or carer's breakdown joins the same case.
 */
@Component("beginLongTermSupport")
public class BeginLongTermSupport implements JavaDelegate {

  private final Involvements involvements;

  public BeginLongTermSupport(Involvements involvements) {
    this.involvements = involvements;
  }

  @Override
  public void execute(DelegateExecution execution) {
    involvements.beginLongTermSupport(ProcessVariables.uuid(execution, ProcessVariables.INVOLVEMENT_ID),
        execution.getProcessInstanceId());
  }
}
