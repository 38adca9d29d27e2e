package org.letstalk.team;

import java.util.Optional;
import java.util.UUID;

/** The team and worker a person's case is allocated to; the cases themselves answer it. */
public interface CaseTeams {

  Optional<UUID> allocatedTeamOf(UUID personId);

  /** The worker the person's open case is allocated to. */
  Optional<String> allocatedWorkerOf(UUID personId);

  /** The team that held the person's latest case with a team, open or closed. */
  Optional<UUID> lastTeamOf(UUID personId);
}
