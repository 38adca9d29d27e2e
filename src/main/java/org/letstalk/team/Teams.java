package org.letstalk.team;

import java.text.Normalizer;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.letstalk.identity.Workers;
import org.letstalk.validation.InputRejectedException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Teams as data: who works in which team and who manages it. Teams are the unit cases are allocated to; each change
 * of a team's members keeps its engine groups (its queue and its managers' queue) in step, in the same transaction.
 * Members are managed here only; a worker may be in several teams.
 */
@Service
@Transactional
public class Teams {

  private final TeamRepository teams;
  private final TeamMemberRepository members;
  private final Workers workers;
  private final Clock clock;
  private final ObjectProvider<CaseTeams> cases;
  private final NamedParameterJdbcTemplate jdbc;

  public Teams(TeamRepository teams, TeamMemberRepository members, Workers workers, Clock clock,
      ObjectProvider<CaseTeams> cases, NamedParameterJdbcTemplate jdbc) {
    this.teams = teams;
    this.members = members;
    this.workers = workers;
    this.clock = clock;
    this.cases = cases;
    this.jdbc = jdbc;
  }

  /** Gives the duty to the team, taking it from whichever team had it. */
  public void giveDuty(TeamDuty duty, UUID teamId, String by) {
    team(teamId);
    MapSqlParameterSource params = new MapSqlParameterSource("duty", duty.name()).addValue("team", teamId)
        .addValue("by", by).addValue("at", java.sql.Timestamp.from(clock.instant()));
    if (jdbc.update("update team_duty set team_id = :team, set_by = :by, set_at = :at where duty = :duty",
        params) == 0) {
      jdbc.update("insert into team_duty (duty, team_id, set_by, set_at) values (:duty, :team, :by, :at)", params);
    }
  }

  /** The team the council gave the duty to, if any. */
  @Transactional(readOnly = true)
  public Optional<Team> withDuty(TeamDuty duty) {
    return jdbc.queryForList("select team_id from team_duty where duty = :duty",
        new MapSqlParameterSource("duty", duty.name()), UUID.class).stream().findFirst().flatMap(teams::findById);
  }

  /** The duties the council gave the team. */
  @Transactional(readOnly = true)
  public List<TeamDuty> dutiesOf(UUID teamId) {
    return jdbc.queryForList("select duty from team_duty where team_id = :team order by duty",
        new MapSqlParameterSource("team", teamId), String.class).stream().map(TeamDuty::valueOf).toList();
  }

  /** The team the person's open case is allocated to, if any. */
  @Transactional(readOnly = true)
  public Optional<Team> teamOfCase(UUID personId) {
    return Optional.ofNullable(cases.getIfAvailable()).flatMap(c -> c.allocatedTeamOf(personId))
        .flatMap(teams::findById);
  }

  /**
   * The queue of the team whose work a step about the person's case is: the team the open case is allocated to; for
   * a person with no open case, the team that held their last one; else the council's default team; else, for a
   * council without teams, the practitioners' role queue.
   */
  @Transactional(readOnly = true)
  public String queueOfCase(UUID personId) {
    CaseTeams c = cases.getIfAvailable();
    Optional<UUID> team = personId == null || c == null ? Optional.empty()
        : c.allocatedTeamOf(personId).or(() -> c.lastTeamOf(personId));
    return team.flatMap(teams::findById).or(() -> withDuty(TeamDuty.DEFAULT_TEAM)).map(Team::getGroupId)
        .orElse(org.letstalk.identity.Groups.PRACTITIONERS);
  }

  /** The worker the person's open case is allocated to, if any. */
  @Transactional(readOnly = true)
  public Optional<String> workerOfCase(UUID personId) {
    CaseTeams c = cases.getIfAvailable();
    return personId == null || c == null ? Optional.empty() : c.allocatedWorkerOf(personId);
  }

  /** Creates the team, or updates its managers when a team of that name exists. */
  public Team defineTeam(String name, String managerUserId, String serviceManagerUserId) {
    requireUser("managerUserId", managerUserId);
    if (serviceManagerUserId != null) {
      requireUser("serviceManagerUserId", serviceManagerUserId);
    }
    Optional<Team> existing = teams.findByName(name);
    Team team;
    if (existing.isPresent()) {
      team = existing.get();
      team.changeManagers(managerUserId, serviceManagerUserId);
    } else {
      team = teams.save(Team.create(name, freeGroupId(name), managerUserId, serviceManagerUserId, clock.instant()));
    }
    keepInStep(team);
    return team;
  }

  /** Puts the worker in the team (a worker may be in several); {@code manages}: they manage it too. */
  public void addMember(UUID teamId, String workerUserId, boolean manages) {
    Team team = team(teamId);
    requireUser("workerUserId", workerUserId);
    members.findByTeamIdAndWorkerUserId(teamId, workerUserId).ifPresentOrElse(
        member -> member.manages(manages),
        () -> members.save(TeamMember.join(teamId, workerUserId, manages, clock.instant())));
    members.flush();
    keepInStep(team);
  }

  public void addMember(UUID teamId, String workerUserId) {
    addMember(teamId, workerUserId, false);
  }

  /** Takes the worker out of the team; the cases allocated to them stay theirs until a manager transfers them. */
  public void removeMember(UUID teamId, String workerUserId) {
    Team team = team(teamId);
    TeamMember member = members.findByTeamIdAndWorkerUserId(teamId, workerUserId)
        .orElseThrow(() -> new InputRejectedException("workerUserId", "is not a member of this team"));
    members.delete(member);
    members.flush();
    keepInStep(team);
  }

  /** Moves the worker from one team to another, as one change. */
  public void moveMember(UUID fromTeamId, UUID toTeamId, String workerUserId) {
    boolean manages = members.findByTeamIdAndWorkerUserId(fromTeamId, workerUserId).map(TeamMember::isManaging)
        .orElseThrow(() -> new InputRejectedException("workerUserId", "is not a member of the team they leave"));
    team(toTeamId);
    removeMember(fromTeamId, workerUserId);
    addMember(toTeamId, workerUserId, manages);
  }

  /** Brings every team's engine groups in step with the table (on start-up, after a restore or a migration). */
  public void keepAllInStep() {
    teams.findAll().forEach(this::keepInStep);
  }

  /**
   * The worker's team when they are in exactly one. A worker in several teams has no team of their own to assume:
   * which of them holds a case is chosen when the case is allocated, and the case keeps it.
   */
  @Transactional(readOnly = true)
  public Optional<Team> onlyTeamOf(String workerUserId) {
    List<Team> in = teamsOf(workerUserId);
    return in.size() == 1 ? Optional.of(in.get(0)) : Optional.empty();
  }

  /** Every team the worker is in, the one joined first first. */
  @Transactional(readOnly = true)
  public List<Team> teamsOf(String workerUserId) {
    if (workerUserId == null) {
      return List.of();
    }
    return members.findByWorkerUserIdOrderByJoinedAtAscIdAsc(workerUserId).stream()
        .map(member -> teams.findById(member.getTeamId())).flatMap(Optional::stream).toList();
  }

  /**
   * The queue a worker's new case waits in, so their team can see it: the team named ({@code teamNamed}, by name or
   * queue), which must be one of the worker's; with none named, the worker's one team. A worker in no team who holds
   * conversations works for the council's default team until they are put in one (see {@link #inNoTeam}), or, where
   * the council has no default team, their role's queue. Empty for a team named the worker is not in, for a worker
   * in several teams and none of them named, and for a worker in no team who holds no conversations.
   */
  @Transactional(readOnly = true)
  public Optional<String> queueOf(String workerUserId, String teamNamed) {
    List<Team> in = teamsOf(workerUserId);
    if (teamNamed != null) {
      return named(teamNamed).filter(team -> in.stream().anyMatch(t -> t.getId().equals(team.getId())))
          .map(Team::getGroupId);
    }
    if (in.size() == 1) {
      return Optional.of(in.get(0).getGroupId());
    }
    if (!in.isEmpty() || !workers.canHoldConversations(workerUserId)) {
      return Optional.empty();
    }
    return Optional.of(withDuty(TeamDuty.DEFAULT_TEAM).map(Team::getGroupId)
        .orElseGet(() -> workers.conversationTeamOf(workerUserId)));
  }

  /** Whether the worker is in no team: their work waits with the default team, whose managers are told. */
  @Transactional(readOnly = true)
  public boolean inNoTeam(String workerUserId) {
    return workerUserId != null && teamsOf(workerUserId).isEmpty();
  }

  /** The managers of the council's default team, who put a worker in no team in a team; none without one. */
  @Transactional(readOnly = true)
  public List<String> defaultTeamManagers() {
    return withDuty(TeamDuty.DEFAULT_TEAM).map(team -> managersOf(team.getId())).orElse(List.of());
  }

  /** The team named, by its name (any case) or its queue's id. */
  @Transactional(readOnly = true)
  public Optional<Team> named(String nameOrGroupId) {
    if (nameOrGroupId == null) {
      return Optional.empty();
    }
    return teams.findByGroupId(nameOrGroupId)
        .or(() -> teams.findAll().stream().filter(team -> team.getName().equalsIgnoreCase(nameOrGroupId)).findFirst());
  }

  @Transactional(readOnly = true)
  public Optional<Team> find(UUID teamId) {
    return teamId == null ? Optional.empty() : teams.findById(teamId);
  }

  /** The team whose queue is this engine group. */
  @Transactional(readOnly = true)
  public Optional<Team> byGroup(String groupId) {
    return groupId == null ? Optional.empty() : teams.findByGroupId(groupId);
  }

  @Transactional(readOnly = true)
  public List<Team> all() {
    return teams.findAll().stream().sorted(Comparator.comparing(Team::getName)).toList();
  }

  @Transactional(readOnly = true)
  public List<String> membersOf(UUID teamId) {
    return members.findByTeamIdOrderByWorkerUserId(teamId).stream().map(TeamMember::getWorkerUserId).toList();
  }

  /** The team manager and every member who manages the team. */
  @Transactional(readOnly = true)
  public List<String> managersOf(UUID teamId) {
    Team team = team(teamId);
    Set<String> managers = new LinkedHashSet<>();
    managers.add(team.getManagerUserId());
    members.findByTeamIdOrderByWorkerUserId(teamId).stream().filter(TeamMember::isManaging)
        .map(TeamMember::getWorkerUserId).forEach(managers::add);
    return List.copyOf(managers);
  }

  /** Whether the worker is a member of the team, or manages it. */
  @Transactional(readOnly = true)
  public boolean isInTeam(String workerUserId, UUID teamId) {
    return members.findByTeamIdAndWorkerUserId(teamId, workerUserId).isPresent()
        || find(teamId).map(team -> team.isManagedBy(workerUserId)).orElse(false);
  }

  /** The queue's group holds the members and the managers (who see their team's work); the managers' its managers. */
  private void keepInStep(Team team) {
    Set<String> queue = new LinkedHashSet<>(membersOf(team.getId()));
    queue.addAll(managersOf(team.getId()));
    workers.keepTeamGroup(team.getGroupId(), team.getName(), queue);
    workers.keepTeamGroup(team.getManagersGroupId(), team.getName() + " (managers)",
        new LinkedHashSet<>(managersOf(team.getId())));
  }

  private Team team(UUID teamId) {
    return teams.findById(teamId).orElseThrow(() -> new InputRejectedException("teamId", "is not a team"));
  }

  /** A readable group id from the team's name ("North locality" is team-north-locality), unique among teams. */
  private String freeGroupId(String name) {
    String slug = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    String base = "team-" + (slug.isEmpty() ? "unnamed" : slug);
    base = base.length() > 80 ? base.substring(0, 80) : base;
    // Never the name of another team's managers' group.
    base = base.endsWith("-managers") ? base + "-team" : base;
    String candidate = base;
    for (int n = 2; teams.existsByGroupId(candidate); n++) {
      candidate = base + "-" + n;
    }
    return candidate;
  }

  private void requireUser(String field, String userId) {
    if (!workers.exists(userId)) {
      throw new InputRejectedException(field, "is not a known user");
    }
  }
}
