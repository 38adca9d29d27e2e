package org.letstalk.upkeep.flow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.person.Deaths;
import org.letstalk.workflow.ProcessVariables;
import org.letstalk.workflow.Workflow;
import org.springframework.stereotype.Component;

/** "Record why the work ended": the person died; kept on their record beside the death. */
@Component("recordWorkEndedByDeath")
class RecordWorkEndedByDeath implements JavaDelegate {

  private final Deaths deaths;
  private final Workflow workflow;

  RecordWorkEndedByDeath(Deaths deaths, Workflow workflow) {
    this.deaths = deaths;
    this.workflow = workflow;
  }

  @Override
  public void execute(DelegateExecution execution) {
    deaths.workEnded(ProcessVariables.uuid(execution, ProcessVariables.PERSON_ID),
        workflow.processKey(execution.getProcessDefinitionId()), execution.getProcessInstanceId());
  }
}
