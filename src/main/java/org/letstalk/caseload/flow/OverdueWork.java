package org.letstalk.caseload.flow;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.letstalk.caseload.Caseloads;
import org.letstalk.identity.Groups;
import org.letstalk.identity.Workers;
import org.letstalk.notice.NoticeKind;
import org.letstalk.notice.Notices;
import org.letstalk.team.Team;
import org.letstalk.team.Teams;
import org.letstalk.workflow.ProcessVariables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the tasks that fell due since it last looked and tells whoever they wait on: the worker a task is assigned
 * to; for a manager's decision nobody has picked up, the managers of the case's team (its managers' queue, or the
 * team the case is allocated to), or everyone in the deciding group above the team (the funding panel, heads of
 * service). Each task falling due
 * is found by one sweep only: the sweep moves its mark forward in the same transaction as the notices it queues, and
 * a second node that read the same mark changes nothing.
 */
@Component
public class OverdueWork {

  static final String SWEEP = "overdue-tasks";
  private static final Logger LOG = LoggerFactory.getLogger(OverdueWork.class);
  /** The groups whose tasks are decisions a manager makes. */
  static final Set<String> DECIDERS = Set.of(Groups.TEAM_MANAGERS, Groups.SERVICE_MANAGERS, Groups.FUNDING_PANEL,
      Groups.HEADS_OF_SERVICE);

  private final NamedParameterJdbcTemplate jdbc;
  private final Notices notices;
  private final Caseloads caseloads;
  private final Teams teams;
  private final Workers workers;
  private final Clock clock;

  OverdueWork(NamedParameterJdbcTemplate jdbc, Notices notices, Caseloads caseloads, Teams teams, Workers workers,
      Clock clock) {
    this.jdbc = jdbc;
    this.notices = notices;
    this.caseloads = caseloads;
    this.teams = teams;
    this.workers = workers;
    this.clock = clock;
  }

  record Overdue(String taskId, String assignee, Instant due, UUID personId, List<String> candidateGroups) {
  }

  @Scheduled(initialDelayString = "${letstalk.notices.overdue-sweep:PT5M}",
      fixedDelayString = "${letstalk.notices.overdue-sweep:PT5M}")
  void sweepNow() {
    int queued = sweep(clock.instant());
    if (queued > 0) {
      LOG.info("{} notices of overdue work queued", queued);
    }
  }

  /** Queues a notice for each task that fell due after the last sweep and by {@code upTo}; returns how many. */
  @Transactional
  public int sweep(Instant upTo) {
    Instant from = jdbc.queryForObject("select swept_to from notice_sweep where id = :id",
        new MapSqlParameterSource("id", SWEEP), Timestamp.class).toInstant();
    if (!upTo.isAfter(from) || jdbc.update("update notice_sweep set swept_to = :upTo where id = :id"
        + " and swept_to = :from", new MapSqlParameterSource("id", SWEEP).addValue("upTo", Timestamp.from(upTo))
        .addValue("from", Timestamp.from(from))) != 1) {
      return 0;
    }
    int queued = 0;
    Set<String> managersGroups = new java.util.HashSet<>();
    teams.all().forEach(team -> managersGroups.add(team.getManagersGroupId()));
    for (Overdue task : fellDue(from, upTo)) {
      NoticeKind kind = isDecision(task, managersGroups) ? NoticeKind.DECISION_OVERDUE : NoticeKind.WORK_OVERDUE;
      for (String recipient : recipients(task, managersGroups)) {
        notices.taskOverdue(kind, recipient, task.personId(), task.taskId(), task.due());
        queued++;
      }
    }
    return queued;
  }

  private Set<String> recipients(Overdue task, Set<String> managersGroups) {
    Set<String> recipients = new LinkedHashSet<>();
    if (task.assignee() != null) {
      recipients.add(task.assignee());
      return recipients;
    }
    if (!isDecision(task, managersGroups)) {
      // Work in a team's queue is nobody's yet; the team sees it in Tasklist's overdue filter.
      return recipients;
    }
    Optional<Team> team = Optional.ofNullable(task.personId()).flatMap(caseloads::holdingOf)
        .map(Caseloads.Holding::teamId).flatMap(teams::find);
    for (String group : task.candidateGroups()) {
      if (managersGroups.contains(group)) {
        recipients.addAll(workers.members(group));
      } else if (group.equals(Groups.TEAM_MANAGERS) && team.isPresent()) {
        recipients.addAll(teams.managersOf(team.get().getId()));
      } else if (group.equals(Groups.SERVICE_MANAGERS) && team.map(Team::getServiceManagerUserId).isPresent()) {
        recipients.add(team.get().getServiceManagerUserId());
      } else if (DECIDERS.contains(group)) {
        recipients.addAll(workers.members(group));
      }
    }
    return recipients;
  }

  private static boolean isDecision(Overdue task, Set<String> managersGroups) {
    return task.candidateGroups().stream().anyMatch(group -> DECIDERS.contains(group) || managersGroups.contains(group));
  }

  private List<Overdue> fellDue(Instant from, Instant upTo) {
    List<Object[]> rows = jdbc.query("""
        select t.id_ as task_id, t.assignee_ as assignee, t.due_date_ as due,
          (select v.text_ from act_ru_variable v where v.proc_inst_id_ = t.proc_inst_id_
             and v.execution_id_ = t.proc_inst_id_ and v.task_id_ is null and v.name_ = :name) as person_id
        from act_ru_task t
        where t.due_date_ > :from and t.due_date_ <= :upTo and t.suspension_state_ = 1
        """, new MapSqlParameterSource("from", Timestamp.from(from)).addValue("upTo", Timestamp.from(upTo))
            .addValue("name", ProcessVariables.PERSON_ID),
        (rs, i) -> new Object[] {rs.getString("task_id"), rs.getString("assignee"),
            rs.getTimestamp("due").toInstant(), rs.getString("person_id")});
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<String, List<String>> groups = new HashMap<>();
    jdbc.query("select task_id_, group_id_ from act_ru_identitylink where type_ = 'candidate'"
            + " and group_id_ is not null and task_id_ in (:tasks)",
        new MapSqlParameterSource("tasks", rows.stream().map(row -> (String) row[0]).toList()),
        rs -> {
          groups.computeIfAbsent(rs.getString("task_id_"), k -> new ArrayList<>()).add(rs.getString("group_id_"));
        });
    return rows.stream().map(row -> new Overdue((String) row[0], (String) row[1], (Instant) row[2],
        row[3] == null ? null : UUID.fromString((String) row[3]), groups.getOrDefault((String) row[0], List.of())))
        .toList();
  }
}
