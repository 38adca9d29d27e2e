package org.letstalk.crisis.flow;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.involvement.Decisions;
import org.letstalk.involvement.flow.InvolvementVariables;
import org.letstalk.workflow.CompletedTask;
import org.springframework.stereotype.Component;

/** Records what the team manager did about an overdue check-in, so a plan never drifts unnoticed [T 2.44]. */
@Component("recordCheckInChase")
public class RecordCheckInChase implements JavaDelegate {

  static final String KIND = "CHECK_IN_OVERDUE";

  private final Decisions decisions;

  public RecordCheckInChase(Decisions decisions) {
    this.decisions = decisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String action = CrisisForms.chaseAction(execution.getVariables());
    decisions.record(CompletedTask.taskId(execution), InvolvementVariables.context(execution), KIND,
        CompletedTask.userId(execution), "Overdue check-in followed up", action, null);
    execution.removeVariables(List.of(CrisisVariables.CHASE_ACTION));
  }
}
