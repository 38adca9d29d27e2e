package org.letstalk.security;

import java.util.List;

/** Who is calling, as the authentication filter established it. */
public record AuthenticatedUser(String id, List<String> groups) {

  public static final String ATTRIBUTE = AuthenticatedUser.class.getName();

  public boolean isIn(String group) {
    return groups.contains(group);
  }
}
