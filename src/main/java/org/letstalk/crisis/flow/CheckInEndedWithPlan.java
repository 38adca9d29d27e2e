package org.letstalk.crisis.flow;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.letstalk.crisis.CrisisPlans;
import org.letstalk.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * Task listener ({@code event="delete"}) on "Check in with ...": the engine deletes a check-in not completed when
 * the plan it belongs to ends (the model's "Crisis plan in force" ends), and this keeps it as ended by that end.
 */
@Component("checkInEndedWithPlan")
public class CheckInEndedWithPlan implements TaskListener {

  private final CrisisPlans crisisPlans;

  public CheckInEndedWithPlan(CrisisPlans crisisPlans) {
    this.crisisPlans = crisisPlans;
  }

  @Override
  public void notify(DelegateTask task) {
    crisisPlans.checkInEndedWithPlan(task.getId(), ProcessVariables.uuid(task, CrisisVariables.CRISIS_PLAN_ID));
  }
}
