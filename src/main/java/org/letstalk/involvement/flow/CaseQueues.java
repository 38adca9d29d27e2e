package org.letstalk.involvement.flow;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.letstalk.identity.Groups;
import org.letstalk.involvement.Involvement;
import org.letstalk.involvement.Involvements;
import org.letstalk.team.Team;
import org.letstalk.team.TeamDuty;
import org.letstalk.team.Teams;
import org.springframework.stereotype.Component;

/**
 * Whose work a step about a person's case is, for the models' expressions ({@code ${caseQueues.teamOf(personId)}}):
 * the queue of the team the person's case is allocated to; for a person with no open case, the team that held their
 * last one; else the council's default team; else, for a council without teams, the practitioners' role queue.
 */
@Component("caseQueues")
public class CaseQueues {

  private final Involvements involvements;
  private final Teams teams;

  public CaseQueues(Involvements involvements, Teams teams) {
    this.involvements = involvements;
    this.teams = teams;
  }

  public String teamOf(Object personId) {
    if (personId == null) {
      return teams.withDuty(TeamDuty.DEFAULT_TEAM).map(Team::getGroupId).orElse(Groups.PRACTITIONERS);
    }
    UUID person = UUID.fromString(String.valueOf(personId));
    Optional<UUID> team = involvements.openFor(person).map(Involvement::getAllocatedTeamId)
        .or(() -> involvements.casesOf(person).stream().filter(c -> c.getAllocatedTeamId() != null)
            .reduce((earlier, later) -> later).map(Involvement::getAllocatedTeamId));
    return team.flatMap(teams::find).or(() -> teams.withDuty(TeamDuty.DEFAULT_TEAM)).map(Team::getGroupId)
        .orElse(Groups.PRACTITIONERS);
  }

  /** The worker the person's open case is allocated to; null when it has none, or no case is open. */
  public String workerOf(Object personId) {
    if (personId == null) {
      return null;
    }
    return involvements.openFor(UUID.fromString(String.valueOf(personId))).map(Involvement::getAllocatedWorker)
        .filter(Objects::nonNull).orElse(null);
  }
}
