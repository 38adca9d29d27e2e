package org.letstalk.authorisation.flow;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.letstalk.authorisation.Authorisations;
import org.springframework.stereotype.Component;

/** Task listener ({@code event="assignment"}): the requester can never claim or be given their own request. */
@Component("keepRequesterOut")
public class KeepRequesterOut implements TaskListener {

  private final Authorisations authorisations;

  public KeepRequesterOut(Authorisations authorisations) {
    this.authorisations = authorisations;
  }

  @Override
  public void notify(DelegateTask task) {
    if (task.getAssignee() != null) {
      authorisations.assertNotRequester(task.getProcessInstanceId(), task.getAssignee());
    }
  }
}
