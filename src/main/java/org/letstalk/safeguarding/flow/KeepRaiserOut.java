package org.letstalk.safeguarding.flow;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.letstalk.safeguarding.Safeguarding;
import org.springframework.stereotype.Component;

/** Task listener ({@code event="assignment"}): whoever raised a concern can never claim or be given its decision. */
@Component("keepRaiserOut")
public class KeepRaiserOut implements TaskListener {

  private final Safeguarding safeguarding;

  public KeepRaiserOut(Safeguarding safeguarding) {
    this.safeguarding = safeguarding;
  }

  @Override
  public void notify(DelegateTask task) {
    if (task.getAssignee() != null) {
      safeguarding.assertNotRaiser(task.getProcessInstanceId(), task.getAssignee());
    }
  }
}
