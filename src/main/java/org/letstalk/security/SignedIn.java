package org.letstalk.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.letstalk.workflow.CurrentUser;

/**
 * Who is calling, whichever sign-in established it: ours ({@link ApiAuthenticationFilter}), the engine REST API's
 * (HTTP basic, which the engine holds while the request runs) or Tasklist's session.
 */
public final class SignedIn {

  private SignedIn() {
  }

  public static Optional<AuthenticatedUser> user(HttpServletRequest request, CurrentUser engineUser) {
    if (request.getAttribute(AuthenticatedUser.ATTRIBUTE) instanceof AuthenticatedUser user) {
      return Optional.of(user);
    }
    if (engineUser.id() != null) {
      return Optional.of(new AuthenticatedUser(engineUser.id(), List.copyOf(engineUser.groups())));
    }
    return Optional.ofNullable(ApiAuthenticationFilter.sessionUser(request.getSession(false)))
        .map(session -> new AuthenticatedUser(session.getIdentityId(),
            session.getGroupIds() == null ? List.of() : List.copyOf(session.getGroupIds())));
  }
}
