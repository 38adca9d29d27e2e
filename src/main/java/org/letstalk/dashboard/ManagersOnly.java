package org.letstalk.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.letstalk.identity.Groups;
import org.letstalk.security.AuthenticatedUser;
import org.letstalk.validation.NotAllowedException;

/** The dashboard, its case lists, the metrics API and the statutory return are for managers and process owners. */
final class ManagersOnly {

  static final List<String> GROUPS = List.of(Groups.TEAM_MANAGERS, Groups.SERVICE_MANAGERS, Groups.PROCESS_OWNERS);

  private ManagersOnly() {
  }

  static void require(HttpServletRequest request) {
    AuthenticatedUser user = (AuthenticatedUser) request.getAttribute(AuthenticatedUser.ATTRIBUTE);
    if (user == null || GROUPS.stream().noneMatch(user::isIn)) {
      throw new NotAllowedException((user == null ? "nobody" : user.id())
          + " may not see the dashboard: it is for team managers, service managers and process owners");
    }
  }
}
