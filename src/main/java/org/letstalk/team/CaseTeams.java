package org.letstalk.team;

import java.util.Optional;
import java.util.UUID;

/** The team a person's open case is allocated to; the cases themselves answer it. */
public interface CaseTeams {

  Optional<UUID> allocatedTeamOf(UUID personId);
}
