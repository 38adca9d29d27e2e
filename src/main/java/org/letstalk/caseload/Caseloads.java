package org.letstalk.caseload;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.letstalk.identity.Workers;
import org.letstalk.plan.PlanType;
import org.letstalk.record.AlertKind;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who holds which open cases, and what each case has under way: for supervision (a worker's or a team's caseload)
 * and for allocation (how many cases each worker already holds). A fixed number of queries however many cases.
 *
 * <p>A case is held by the worker and the team it is allocated to (a transfer changes them); a team's caseload is the
 * cases allocated to the team, whoever in it holds them.
 */
@Service
@Transactional(readOnly = true)
public class Caseloads {

  private static final String HELD = "select i.id, i.person_id, i.stage, i.started_at, i.allocated_worker as worker,"
      + " i.allocated_team_id as team_id from involvement i where i.status = 'OPEN'";

  private final NamedParameterJdbcTemplate jdbc;
  private final TaskCounts tasks;
  private final Workers workers;
  private final Clock clock;

  public Caseloads(NamedParameterJdbcTemplate jdbc, TaskCounts tasks, Workers workers, Clock clock) {
    this.jdbc = jdbc;
    this.tasks = tasks;
    this.workers = workers;
    this.clock = clock;
  }

  /**
   * One open case as a caseload shows it. Its alerts in force (risk to staff, lone working, communication needs) are
   * shown wherever the person is, so a worker picking up the case sees them before they call or visit.
   */
  public record Case(UUID personId, String name, String worker, String stage, Instant openedAt,
      List<String> plansInForce, Instant nextReview, boolean reviewOverdue, long openTasks, long overdueTasks,
      boolean crisisPlanUnderWay, List<String> alerts) {

    /** The same case counted, but not named and without its alerts: a record the reader may not read. */
    Case hidden(String label) {
      return new Case(null, label, worker, stage, openedAt, plansInForce, nextReview, reviewOverdue, openTasks,
          overdueTasks, crisisPlanUnderWay, List.of());
    }
  }

  /** What a worker holds: open cases, and the tasks assigned to them open and overdue. */
  public record WorkerLoad(String worker, long openCases, long openTasks, long overdueTasks) {
  }

  /** The open cases these workers hold, oldest first. */
  public List<Case> heldBy(Collection<String> workers) {
    if (workers.isEmpty()) {
      return List.of();
    }
    return cases("h.worker in (:workers)", new MapSqlParameterSource("workers", List.copyOf(workers)));
  }

  /** The open cases allocated to the team, oldest first. */
  public List<Case> ofTeam(UUID teamId) {
    return cases("h.team_id = :team", new MapSqlParameterSource("team", teamId));
  }

  private List<Case> cases(String which, MapSqlParameterSource params) {
    Instant now = clock.instant();
    params.addValue("now", Timestamp.from(now));
    List<Case> rows = jdbc.query("""
        select h.person_id, p.given_name, p.family_name, h.worker, h.stage, h.started_at,
          (select min(r.due_date) from review r join support_plan sp on sp.id = r.plan_id
            where r.person_id = h.person_id and r.completed_at is null and sp.status = 'ACTIVE') as next_review,
          (select count(*) from crisis_plan cp where cp.person_id = h.person_id and cp.status = 'ACTIVE')
            as crisis_plans
        from (%s) h join person p on p.id = h.person_id
        where %s
        order by h.started_at, h.person_id
        """.formatted(HELD, which), params, (rs, i) -> {
          Timestamp nextReview = rs.getTimestamp("next_review");
          return new Case(rs.getObject("person_id", UUID.class),
              rs.getString("given_name") + " " + rs.getString("family_name"), rs.getString("worker"),
              stage(rs.getString("stage")), rs.getTimestamp("started_at").toInstant(), List.of(),
              nextReview == null ? null : nextReview.toInstant(),
              nextReview != null && nextReview.toInstant().isBefore(now), 0, 0, rs.getLong("crisis_plans") > 0,
              List.of());
        });
    if (rows.isEmpty()) {
      return rows;
    }
    List<UUID> people = rows.stream().map(Case::personId).toList();
    Map<UUID, List<String>> plans = plansInForce(people);
    Map<UUID, List<String>> alerts = alertsInForce(people);
    Map<UUID, TaskCount> taskCounts = tasks.aboutPeople(people, now);
    return rows.stream().map(row -> {
      TaskCount count = taskCounts.getOrDefault(row.personId(), TaskCount.NONE);
      return new Case(row.personId(), row.name(), row.worker(), row.stage(), row.openedAt(),
          plans.getOrDefault(row.personId(), List.of()), row.nextReview(), row.reviewOverdue(), count.open(),
          count.overdue(), row.crisisPlanUnderWay(), alerts.getOrDefault(row.personId(), List.of()));
    }).toList();
  }

  /**
   * Each worker's open cases, and the tasks assigned to them, in the order given: what the allocation choice shows
   * beside each worker. Three queries however many workers.
   */
  public List<WorkerLoad> loadsOf(Collection<String> workers) {
    if (workers.isEmpty()) {
      return List.of();
    }
    Map<String, Long> cases = new HashMap<>();
    jdbc.query("select h.worker, count(*) as open_cases from (" + HELD + ") h where h.worker in (:workers)"
            + " group by h.worker", new MapSqlParameterSource("workers", List.copyOf(workers)),
        rs -> {
          cases.put(rs.getString("worker"), rs.getLong("open_cases"));
        });
    Map<String, TaskCount> assigned = tasks.assignedTo(workers, clock.instant());
    Map<String, WorkerLoad> loads = new LinkedHashMap<>();
    for (String worker : workers) {
      TaskCount count = assigned.getOrDefault(worker, TaskCount.NONE);
      loads.put(worker, new WorkerLoad(worker, cases.getOrDefault(worker, 0L), count.open(), count.overdue()));
    }
    return new ArrayList<>(loads.values());
  }

  /**
   * The allocation choice as a form's select lists it ({@code label}, {@code value}): each worker by name with what
   * they hold, "Sam Jones: 12 open cases, 2 tasks overdue", in the order given.
   */
  public List<Map<String, String>> choices(Collection<String> workers) {
    Map<String, String> names = this.workers.namesOf(workers);
    return loadsOf(workers).stream().map(load -> Map.of("value", load.worker(), "label",
        names.get(load.worker()) + ": " + load.openCases() + (load.openCases() == 1 ? " open case" : " open cases")
            + (load.overdueTasks() == 0 ? "" : ", " + load.overdueTasks()
                + (load.overdueTasks() == 1 ? " task overdue" : " tasks overdue")))).toList();
  }

  /** Who holds an open case: its worker and its team, either possibly not yet allocated. */
  public record Holding(String worker, UUID teamId) {
  }

  /** Who holds the person's open case, if they have one. */
  public java.util.Optional<Holding> holdingOf(UUID personId) {
    return jdbc.query("select h.worker, h.team_id from (" + HELD + ") h where h.person_id = :person",
        new MapSqlParameterSource("person", personId),
        (rs, i) -> new Holding(rs.getString("worker"), rs.getObject("team_id", UUID.class))).stream().findFirst();
  }

  private Map<UUID, List<String>> plansInForce(List<UUID> people) {
    Map<UUID, List<String>> plans = new HashMap<>();
    jdbc.query("select sp.person_id, sp.plan_type from support_plan sp where sp.status = 'ACTIVE'"
            + " and sp.person_id in (:people) order by sp.plan_type",
        new MapSqlParameterSource("people", people),
        rs -> {
          plans.computeIfAbsent(rs.getObject("person_id", UUID.class), k -> new ArrayList<>())
              .add(PlanType.valueOf(rs.getString("plan_type")).label());
        });
    return plans;
  }

  private Map<UUID, List<String>> alertsInForce(List<UUID> people) {
    Map<UUID, List<String>> alerts = new HashMap<>();
    jdbc.query("select a.person_id, a.kind from person_alert a where a.ended_at is null"
            + " and a.person_id in (:people) order by a.added_at",
        new MapSqlParameterSource("people", people),
        rs -> {
          List<String> kinds = alerts.computeIfAbsent(rs.getObject("person_id", UUID.class), k -> new ArrayList<>());
          String label = AlertKind.valueOf(rs.getString("kind")).label();
          if (!kinds.contains(label)) {
            kinds.add(label);
          }
        });
    return alerts;
  }

  private static String stage(String stage) {
    return "LONG_TERM_SUPPORT".equals(stage) ? "Long-term support" : "Conversations";
  }
}
