package org.letstalk.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/** Users for security tests: each in exactly the groups named, never a Camunda administrator. */
public final class SecurityFixtures {

  static final String PASSWORD = "Correct-Horse-9f3c";

  private SecurityFixtures() {
  }

  /** A user in this one group only. */
  static String onlyIn(IdentityService identity, String group) {
    return ensure(identity, "sec-" + group, List.of(group));
  }

  /**
   * A user of its own for a wrong-password check: after a wrong password the engine holds back that user's next
   * sign-in for a few seconds, which would refuse the demo users other tests sign in as.
   */
  public static String whoseSignInMayFail(IdentityService identity, String userId, String group) {
    return ensure(identity, userId, List.of(group));
  }

  static String ensure(IdentityService identity, String userId, List<String> groups) {
    if (identity.createUserQuery().userId(userId).count() == 0) {
      User user = identity.newUser(userId);
      user.setFirstName("Test");
      user.setLastName(userId);
      user.setPassword(PASSWORD);
      identity.saveUser(user);
    }
    for (String group : groups) {
      if (identity.createUserQuery().userId(userId).memberOfGroup(group).count() == 0) {
        identity.createMembership(userId, group);
      }
    }
    return userId;
  }
}
