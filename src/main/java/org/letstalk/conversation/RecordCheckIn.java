package org.letstalk.conversation;

import java.util.List;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.workflow.CompletedTask;
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
    crisisPlans.checkIn(CompletedTask.taskId(execution), UUID.fromString((String) execution.getVariable("crisisPlanId")),
        execution.getVariables(), CompletedTask.userId(execution));
    execution.removeVariables(List.of("checkInNotes", "planWorking"));
  }
}
