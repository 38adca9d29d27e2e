package org.letstalk.safeguarding.flow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.safeguarding.Safeguarding;
import org.letstalk.workflow.Workflow;
import org.springframework.stereotype.Component;

/** Records that the decision missed its deadline and puts it at the top of every decision-maker's list. */
@Component("markSafeguardingDecisionOverdue")
public class MarkSafeguardingDecisionOverdue implements JavaDelegate {

  static final String DECISION_TASK = "Task_DecideConcern";
  static final int OVERDUE_PRIORITY = 100;

  private final Safeguarding safeguarding;
  private final Workflow workflow;

  public MarkSafeguardingDecisionOverdue(Safeguarding safeguarding, Workflow workflow) {
    this.safeguarding = safeguarding;
    this.workflow = workflow;
  }

  @Override
  public void execute(DelegateExecution execution) {
    safeguarding.markDecisionOverdue(execution.getProcessInstanceId());
    workflow.prioritise(execution.getProcessInstanceId(), DECISION_TASK, OVERDUE_PRIORITY);
  }
}
