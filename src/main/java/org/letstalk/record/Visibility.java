package org.letstalk.record;

import java.util.Set;
import org.letstalk.identity.Groups;

/** Who may see which kind of entry on a person's record. */
public final class Visibility {

  /** Everyone who may open the record. */
  public static final Set<String> EVERYONE = Set.of();

  /** Safeguarding detail: the safeguarding team, senior practitioners who decide concerns, and managers [T 3.11]. */
  public static final Set<String> SAFEGUARDING = Set.of(Groups.SAFEGUARDING, Groups.SENIOR_PRACTITIONERS,
      Groups.TEAM_MANAGERS, Groups.SERVICE_MANAGERS);

  private Visibility() {
  }
}
