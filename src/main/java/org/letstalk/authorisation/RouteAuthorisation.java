package org.letstalk.authorisation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Stores the level the rule table chose, so the request shows who is to decide it. */
@Component("routeAuthorisation")
public class RouteAuthorisation implements JavaDelegate {

  private final Authorisations authorisations;

  public RouteAuthorisation(Authorisations authorisations) {
    this.authorisations = authorisations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object level = execution.getVariable("authorisationLevel");
    if (level == null) {
      throw new IllegalStateException("The authorisation-level table gave no level for this request");
    }
    authorisations.routedTo(execution.getProcessInstanceId(), AuthorisationLevel.valueOf(level.toString()));
  }
}
