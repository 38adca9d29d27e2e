package org.letstalk.caseload;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.letstalk.identity.Groups;
import org.letstalk.identity.Workers;
import org.letstalk.team.Team;
import org.letstalk.team.Teams;
import org.springframework.stereotype.Service;

/**
 * The workers a case can be allocated to, as whoever allocates picks one: by name, with their team and what they hold
 * ("Priya Patel, North locality: 12 open cases"), never by typing a user id.
 */
@Service
public class WorkerChoices {

  private final Workers workers;
  private final Caseloads caseloads;
  private final Teams teams;

  public WorkerChoices(Workers workers, Caseloads caseloads, Teams teams) {
    this.workers = workers;
    this.caseloads = caseloads;
    this.teams = teams;
  }

  /** A worker to choose: their user id, their name, and the line a list shows for them. */
  public record Choice(String id, String name, String label) {
  }

  /** Everyone who holds conversations, by name. */
  public List<Choice> conversationWorkers() {
    Set<String> ids = new LinkedHashSet<>();
    Groups.CONVERSATION_TEAMS.forEach(group -> ids.addAll(workers.members(group)));
    Map<String, String> names = workers.namesOf(ids);
    return caseloads.loadsOf(List.copyOf(ids)).stream().map(load -> {
      String id = load.worker();
      String team = teams.teamsOf(id).stream().map(Team::getName).collect(Collectors.joining(", "));
      return new Choice(id, names.get(id), names.get(id) + (team.isEmpty() ? "" : ", " + team) + ": "
          + load.openCases() + (load.openCases() == 1 ? " open case" : " open cases"));
    }).sorted(Comparator.comparing(Choice::name).thenComparing(Choice::id)).toList();
  }
}
