package org.letstalk.team.flow;

import java.util.UUID;
import org.letstalk.team.Teams;
import org.springframework.stereotype.Component;

/**
 * Whose work a step about a person's case is, for the models' expressions ({@code ${caseQueues.teamOf(personId)}}):
 * the team and worker the person's case is allocated to (see {@link Teams#queueOfCase}).
 */
@Component("caseQueues")
public class CaseQueues {

  private final Teams teams;

  public CaseQueues(Teams teams) {
    this.teams = teams;
  }

  public String teamOf(Object personId) {
    return teams.queueOfCase(personId == null ? null : UUID.fromString(String.valueOf(personId)));
  }

  /** The worker the person's open case is allocated to; null when it has none, or no case is open. */
  public String workerOf(Object personId) {
    return personId == null ? null
        : teams.workerOfCase(UUID.fromString(String.valueOf(personId))).orElse(null);
  }
}
