package org.letstalk.authorisation.flow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.authorisation.AuthorisationLevel;
import org.letstalk.authorisation.AuthorisationSettings;
import org.letstalk.authorisation.Authorisations;
import org.letstalk.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * Stores the level the rule table chose, so the request shows who is to decide it, and copies the council's
 * reminder interval for a request the panel leaves undecided.
 */
@Component("routeAuthorisation")
public class RouteAuthorisation implements JavaDelegate {

  private final Authorisations authorisations;
  private final AuthorisationSettings settings;

  public RouteAuthorisation(Authorisations authorisations, AuthorisationSettings settings) {
    this.authorisations = authorisations;
    this.settings = settings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String level = ProcessVariables.text(execution, AuthorisationVariables.AUTHORISATION_LEVEL);
    if (level == null) {
      throw new IllegalStateException("The authorisation-level table gave no level for this request");
    }
    authorisations.routedTo(execution.getProcessInstanceId(), AuthorisationLevel.valueOf(level));
    execution.setVariable(AuthorisationVariables.REMINDER_INTERVAL, settings.reminderInterval());
  }
}
