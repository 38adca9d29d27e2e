package org.letstalk.crisis.flow;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.crisis.CrisisPlans;
import org.letstalk.workflow.CompletedTask;
import org.letstalk.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** Stores a check-in with the person while the plan runs. */
@Component("recordCheckIn")
public class RecordCheckIn implements JavaDelegate {

  private final CrisisPlans crisisPlans;

  public RecordCheckIn(CrisisPlans crisisPlans) {
    this.crisisPlans = crisisPlans;
  }

  @Override
  public void execute(DelegateExecution execution) {
    crisisPlans.checkIn(CompletedTask.taskId(execution),
        ProcessVariables.uuid(execution, CrisisVariables.CRISIS_PLAN_ID), CrisisForms.checkIn(execution.getVariables()),
        CompletedTask.userId(execution));
    execution.removeVariables(List.of(CrisisVariables.CHECK_IN_NOTES, CrisisVariables.PLAN_WORKING));
  }
}
