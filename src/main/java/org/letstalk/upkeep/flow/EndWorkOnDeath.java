package org.letstalk.upkeep.flow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.workflow.ProcessVariables;
import org.letstalk.workflow.Workflow;
import org.springframework.stereotype.Component;

/** "End the person's open work": tells every process of the person that waits for the news of a death. */
@Component("endWorkOnDeath")
class EndWorkOnDeath implements JavaDelegate {

  private final Workflow workflow;

  EndWorkOnDeath(Workflow workflow) {
    this.workflow = workflow;
  }

  @Override
  public void execute(DelegateExecution execution) {
    workflow.correlateAllWhere(DeathVariables.PERSON_DIED, ProcessVariables.PERSON_ID,
        ProcessVariables.text(execution, ProcessVariables.PERSON_ID));
  }
}
