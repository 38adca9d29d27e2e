package org.letstalk.safeguarding;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records that the decision missed its deadline and puts it at the top of every decision-maker's list. */
@Component("markSafeguardingDecisionOverdue")
public class MarkSafeguardingDecisionOverdue implements JavaDelegate {

  static final String DECISION_TASK = "Task_DecideConcern";
  static final int OVERDUE_PRIORITY = 100;

  private final Safeguarding safeguarding;

  public MarkSafeguardingDecisionOverdue(Safeguarding safeguarding) {
    this.safeguarding = safeguarding;
  }

  @Override
  public void execute(DelegateExecution execution) {
    safeguarding.markDecisionOverdue(execution.getProcessInstanceId());
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(DECISION_TASK)
        .list().forEach(task -> tasks.setPriority(task.getId(), OVERDUE_PRIORITY));
  }
}
