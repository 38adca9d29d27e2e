package org.letstalk.authorisation.flow;

import static org.letstalk.authorisation.flow.AuthorisationVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.authorisation.AuthorisationRequest;
import org.letstalk.authorisation.Authorisations;
import org.springframework.stereotype.Component;

/**
 * An undecided request goes up a level: team manager, then service manager, then the panel. The model then asks
 * the table authorisation-group who authorises at the new level and gives them the request too (HandRequestUp).
 */
@Component("escalateAuthorisation")
public class EscalateAuthorisation implements JavaDelegate {

  private final Authorisations authorisations;

  public EscalateAuthorisation(Authorisations authorisations) {
    this.authorisations = authorisations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(ESCALATED_FROM_GROUP, execution.getVariable(AUTHORISATION_GROUP));
    AuthorisationRequest request = authorisations.escalate(execution.getProcessInstanceId());
    execution.setVariable(AUTHORISATION_LEVEL, request.getLevel().name());
    execution.setVariable(ESCALATED_TO_WORDS, switch (request.getLevel()) {
      case TEAM_MANAGER -> "a team manager";
      case SERVICE_MANAGER -> "a service manager";
      case PANEL -> "the funding panel";
    });
  }
}
