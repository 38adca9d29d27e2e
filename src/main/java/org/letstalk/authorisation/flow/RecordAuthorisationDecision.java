package org.letstalk.authorisation.flow;

import static org.letstalk.authorisation.flow.AuthorisationVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.authorisation.AuthorisationRequest;
import org.letstalk.authorisation.Authorisations;
import org.letstalk.workflow.CompletedTask;
import org.springframework.stereotype.Component;

/**
 * Validates and stores the decision in the transaction that completes the task. The requester is refused here,
 * whatever groups they hold: the engine rolls back and the task stays open.
 */
@Component("recordAuthorisationDecision")
public class RecordAuthorisationDecision implements JavaDelegate {

  private final Authorisations authorisations;

  public RecordAuthorisationDecision(Authorisations authorisations) {
    this.authorisations = authorisations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    AuthorisationRequest request = authorisations.decide(execution.getProcessInstanceId(),
        () -> AuthorisationForms.decided(execution.getVariables()), CompletedTask.userId(execution));
    execution.setVariable(AUTHORISATION_DECISION, request.getStatus().name());
    execution.setVariable(AUTHORISATION_REASON, request.getReason());
    execution.setVariable(AUTHORISED_BY, request.getDecidedBy());
  }
}
