package org.letstalk.team;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.letstalk.identity.Workers;
import org.letstalk.validation.InputRejectedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Teams as data: who works in which team and who manages it; the audit and escalations read it. */
@Service
@Transactional
public class Teams {

  private final TeamRepository teams;
  private final TeamMemberRepository members;
  private final Workers workers;
  private final Clock clock;

  public Teams(TeamRepository teams, TeamMemberRepository members, Workers workers, Clock clock) {
    this.teams = teams;
    this.members = members;
    this.workers = workers;
    this.clock = clock;
  }

  /** Creates the team, or updates its managers when a team of that name exists. */
  public Team defineTeam(String name, String managerUserId, String serviceManagerUserId) {
    requireUser("managerUserId", managerUserId);
    if (serviceManagerUserId != null) {
      requireUser("serviceManagerUserId", serviceManagerUserId);
    }
    Optional<Team> existing = teams.findByName(name);
    if (existing.isPresent()) {
      existing.get().changeManagers(managerUserId, serviceManagerUserId);
      return existing.get();
    }
    return teams.save(Team.create(name, managerUserId, serviceManagerUserId, clock.instant()));
  }

  /** Puts the worker in the team, moving them from any team they were in. */
  public void addMember(UUID teamId, String workerUserId) {
    if (!teams.existsById(teamId)) {
      throw new InputRejectedException("teamId", "is not a team");
    }
    requireUser("workerUserId", workerUserId);
    members.findByWorkerUserId(workerUserId).ifPresentOrElse(
        member -> {
          if (!member.getTeamId().equals(teamId)) {
            member.moveTo(teamId, clock.instant());
          }
        },
        () -> members.save(TeamMember.join(teamId, workerUserId, clock.instant())));
  }

  @Transactional(readOnly = true)
  public Optional<Team> teamOf(String workerUserId) {
    return members.findByWorkerUserId(workerUserId).flatMap(member -> teams.findById(member.getTeamId()));
  }

  @Transactional(readOnly = true)
  public List<Team> all() {
    return teams.findAll();
  }

  @Transactional(readOnly = true)
  public List<String> membersOf(UUID teamId) {
    return members.findByTeamIdOrderByWorkerUserId(teamId).stream().map(TeamMember::getWorkerUserId).toList();
  }

  private void requireUser(String field, String userId) {
    if (!workers.exists(userId)) {
      throw new InputRejectedException(field, "is not a known user");
    }
  }
}
