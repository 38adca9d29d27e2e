package org.letstalk.authorisation;

import java.util.UUID;

/** Requests that decide long-term funding, and the rule every one of them passes before it is asked. */
public final class LongTermFunding {

  private LongTermFunding() {
  }

  /**
   * Never plan long-term in a crisis [T 1.21, 2.43, 2.51]: refuses a long-term funding request while the person's
   * crisis plan is active. The crisis plans answer it; authorisation asks without knowing them.
   */
  public interface Guard {

    void assertNoActiveCrisisPlan(UUID personId);
  }
}
