package org.letstalk.audit;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.letstalk.team.Team;
import org.letstalk.team.Teams;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Picks the cases each service manager audits [T 6.8]: two cases worked in the month, never from a team
 * the manager manages or belongs to, never a case the manager decided anything on, and no case twice.
 * Cases whose worker is in no team are left out: nobody could say whose team they belong to.
 */
@Service
@Transactional(readOnly = true)
public class AuditCaseSelection {

  static final int CASES_PER_MANAGER = 2;
  static final ZoneId COUNCIL_TIME = ZoneId.of("Europe/London");

  /** A case picked for a manager, with the worker and team it is audited against. */
  public record Pick(String auditor, UUID personId, String worker, Team team) {
  }

  private final List<CaseWorkSource> sources;
  private final CaseDecisions decisions;
  private final Teams teams;

  public AuditCaseSelection(List<CaseWorkSource> sources, CaseDecisions decisions, Teams teams) {
    this.sources = sources;
    this.decisions = decisions;
    this.teams = teams;
  }

  public List<Pick> pick(YearMonth month, List<String> managers) {
    Instant from = month.atDay(1).atStartOfDay(COUNCIL_TIME).toInstant();
    Instant to = month.plusMonths(1).atDay(1).atStartOfDay(COUNCIL_TIME).toInstant();
    // The latest work on each person decides whose case it is.
    Map<UUID, WorkedCase> latest = new LinkedHashMap<>();
    sources.stream().flatMap(s -> s.casesWorked(from, to).stream())
        .sorted(Comparator.comparing(WorkedCase::at))
        .forEach(c -> latest.put(c.personId(), c));
    // A case's team is the one it is allocated to; a case without one, its worker's one team.
    List<Pick> candidates = new ArrayList<>();
    for (WorkedCase c : latest.values()) {
      teams.teamOfCase(c.personId()).or(() -> teams.onlyTeamOf(c.worker()))
          .ifPresent(team -> candidates.add(new Pick(null, c.personId(), c.worker(), team)));
    }
    List<Pick> picks = new ArrayList<>();
    Set<UUID> taken = new HashSet<>();
    for (String manager : managers.stream().sorted().toList()) {
      Set<UUID> decided = decisions.peopleDecidedBy(manager);
      List<Pick> eligible = new ArrayList<>(candidates.stream()
          .filter(p -> !taken.contains(p.personId()))
          .filter(p -> !decided.contains(p.personId()))
          .filter(p -> !manager.equals(p.worker()))
          .filter(p -> !isOwnTeam(manager, p.team()))
          .toList());
      Collections.shuffle(eligible);
      eligible.stream().limit(CASES_PER_MANAGER).forEach(p -> {
        taken.add(p.personId());
        picks.add(new Pick(manager, p.personId(), p.worker(), p.team()));
      });
    }
    return picks;
  }

  private boolean isOwnTeam(String manager, Team team) {
    return team.isManagedBy(manager) || teams.teamsOf(manager).stream().anyMatch(own -> own.getId().equals(team.getId()));
  }
}
