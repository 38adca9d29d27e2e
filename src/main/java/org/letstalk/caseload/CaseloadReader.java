package org.letstalk.caseload;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.letstalk.identity.Groups;
import org.letstalk.identity.Workers;
import org.letstalk.record.RecordPolicy;
import org.letstalk.record.Viewer;
import org.letstalk.team.Team;
import org.letstalk.team.Teams;
import org.letstalk.validation.NoSuchRecordException;
import org.letstalk.validation.NotAllowedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Caseloads as their readers may see them: a worker their own; a team manager their team's and each of its workers';
 * service managers and heads of service every one. Each person a caseload names is logged on their record, as the
 * dashboard's lists are; a record the reader may not read is counted without a name.
 */
@Service
public class CaseloadReader {

  static final String LISTED_IN_CASELOAD = "LISTED_IN_CASELOAD";
  static final String HIDDEN = "(a person whose record you do not read)";

  /** Who reads every caseload: those who allocate and supervise across teams. */
  static final Set<String> READ_EVERY_CASELOAD = Set.of(Groups.SERVICE_MANAGERS, Groups.HEADS_OF_SERVICE);

  private final Caseloads caseloads;
  private final Teams teams;
  private final Workers workers;
  private final RecordPolicy policy;

  CaseloadReader(Caseloads caseloads, Teams teams, Workers workers, RecordPolicy policy) {
    this.caseloads = caseloads;
    this.teams = teams;
    this.workers = workers;
    this.policy = policy;
  }

  /** A worker, what they hold, and who they are to the reader. */
  public record Load(String userId, String name, long openCases, long openTasks, long overdueTasks) {
  }

  /** A caseload: whose (a worker or a team), the load of each worker in it, and the cases. */
  public record Caseload(UUID teamId, String title, List<Load> workers, List<Caseloads.Case> cases) {
  }

  @Transactional
  public Caseload ofWorker(String userId, Viewer viewer) {
    if (!viewer.userId().equals(userId) && !readsEvery(viewer)
        && !(viewer.isIn(Groups.TEAM_MANAGERS) && teams.teamsOf(userId).stream().anyMatch(t -> managedBy(t, viewer)))) {
      throw new NotAllowedException(viewer.userId() + " may not read " + userId + "'s caseload: a worker reads their"
          + " own, a team manager their team's");
    }
    if (!workers.exists(userId)) {
      throw new NoSuchRecordException("There is no worker " + userId);
    }
    return caseload(null, workers.nameOf(userId), List.of(userId), caseloads.heldBy(List.of(userId)), viewer);
  }

  @Transactional
  public Caseload ofTeam(UUID teamId, Viewer viewer) {
    Team team = teams.find(teamId).orElse(null);
    if (!readsEvery(viewer) && !(team != null && viewer.isIn(Groups.TEAM_MANAGERS) && managedBy(team, viewer))) {
      throw new NotAllowedException(viewer.userId() + " may not read this team's caseload: a team manager reads"
          + " their own team's");
    }
    if (team == null) {
      throw new NoSuchRecordException("There is no team " + teamId);
    }
    return caseload(teamId, team.getName(), teams.membersOf(teamId), caseloads.ofTeam(teamId), viewer);
  }

  private Caseload caseload(UUID teamId, String title, List<String> members, List<Caseloads.Case> cases,
      Viewer viewer) {
    Set<UUID> named = policy.listedAll(cases.stream().map(Caseloads.Case::personId).distinct().toList(), viewer,
        LISTED_IN_CASELOAD);
    java.util.Map<String, String> names = workers.namesOf(members);
    List<Load> loads = caseloads.loadsOf(members).stream()
        .map(load -> new Load(load.worker(), names.get(load.worker()), load.openCases(), load.openTasks(),
            load.overdueTasks()))
        .sorted(Comparator.comparing(Load::name))
        .toList();
    return new Caseload(teamId, title, loads, cases.stream()
        .map(c -> named.contains(c.personId()) ? c : c.hidden(HIDDEN)).toList());
  }

  private static boolean readsEvery(Viewer viewer) {
    return READ_EVERY_CASELOAD.stream().anyMatch(viewer::isIn);
  }

  /** The team's manager, a member who manages it, or the service manager above it. */
  private boolean managedBy(Team team, Viewer viewer) {
    return team.isManagedBy(viewer.userId()) || teams.managersOf(team.getId()).contains(viewer.userId());
  }
}
