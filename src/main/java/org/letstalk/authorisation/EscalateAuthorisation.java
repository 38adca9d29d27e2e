package org.letstalk.authorisation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** An undecided request goes up a level: team manager, then service manager, then the panel. */
@Component("escalateAuthorisation")
public class EscalateAuthorisation implements JavaDelegate {

  private final Authorisations authorisations;

  public EscalateAuthorisation(Authorisations authorisations) {
    this.authorisations = authorisations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable("escalatedFromGroup", execution.getVariable("authorisationGroup"));
    AuthorisationRequest request = authorisations.escalate(execution.getProcessInstanceId());
    execution.setVariable("authorisationLevel", request.getLevel().name());
    execution.setVariable("authorisationGroup", request.getLevel().group());
    execution.setVariable("escalatedToWords", switch (request.getLevel()) {
      case TEAM_MANAGER -> "a team manager";
      case SERVICE_MANAGER -> "a service manager";
      case PANEL -> "the funding panel";
    });
  }
}
