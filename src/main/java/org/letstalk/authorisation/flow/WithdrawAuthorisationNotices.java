package org.letstalk.authorisation.flow;

import static org.letstalk.authorisation.flow.AuthorisationVariables.DECIDED;
import static org.letstalk.authorisation.flow.AuthorisationVariables.REQUEST_PROCESS_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.workflow.Workflow;
import org.springframework.stereotype.Component;

/**
 * The message throw event "Withdraw the notices about it" of funding-authorisation: once the request is decided,
 * every notice that it had gone up a level is withdrawn, so nobody is left a task about a request already decided
 * (or about a case the decision closed). Notices are the group's, not the decider's: sent as part of this step.
 */
@Component("withdrawAuthorisationNotices")
public class WithdrawAuthorisationNotices implements JavaDelegate {

  private final Workflow workflow;

  public WithdrawAuthorisationNotices(Workflow workflow) {
    this.workflow = workflow;
  }

  @Override
  public void execute(DelegateExecution execution) {
    workflow.asPartOfThisStep(() -> {
      workflow.correlateAllWhere(DECIDED, REQUEST_PROCESS_ID, execution.getProcessInstanceId());
      return null;
    });
  }
}
