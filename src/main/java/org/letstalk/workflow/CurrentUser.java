package org.letstalk.workflow;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** The user on whose behalf the engine is working now (set by Tasklist, the REST filters or a test). */
@Component
public class CurrentUser {

  private final IdentityService identity;

  public CurrentUser(IdentityService identity) {
    this.identity = identity;
  }

  /** The user id, or null when the engine works on its own (a timer, the job executor). */
  public String id() {
    Authentication authentication = identity.getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }

  public List<String> groups() {
    Authentication authentication = identity.getCurrentAuthentication();
    return authentication == null || authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
  }
}
