package org.letstalk.record;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collection;
import java.util.List;
import org.letstalk.security.AuthenticatedUser;

/** Who is reading a record, and so which entries they may see. */
public record Viewer(String userId, List<String> groups) {

  /** The user the authentication filter established for this request. */
  public static Viewer of(HttpServletRequest request) {
    AuthenticatedUser user = (AuthenticatedUser) request.getAttribute(AuthenticatedUser.ATTRIBUTE);
    return new Viewer(user.id(), user.groups());
  }

  /** True when nothing restricts the entry, or the viewer holds one of the groups allowed to see it. */
  public boolean maySee(Collection<String> restrictedTo) {
    return restrictedTo.isEmpty() || restrictedTo.stream().anyMatch(groups::contains);
  }

  public boolean isIn(String group) {
    return groups.contains(group);
  }
}
