package org.letstalk.caseload.flow;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.letstalk.caseload.TaskCount;
import org.letstalk.caseload.TaskCounts;
import org.letstalk.workflow.ProcessVariables;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The open tasks about many people, or held by many workers, counted in one query each from the engine's tables:
 * a caseload of a hundred cases asks the engine twice, not a hundred times.
 */
@Component
class CaseTasks implements TaskCounts {

  private final NamedParameterJdbcTemplate jdbc;

  CaseTasks(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Map<UUID, TaskCount> aboutPeople(Collection<UUID> people, Instant now) {
    Map<UUID, TaskCount> counts = new HashMap<>();
    if (people.isEmpty()) {
      return counts;
    }
    // The person of a task is its process's personId variable, as the record's open tasks read it.
    jdbc.query("""
        select v.text_ as person_id, count(*) as open_tasks,
          sum(case when t.due_date_ < :now then 1 else 0 end) as overdue_tasks
        from act_ru_task t
        join act_ru_variable v on v.proc_inst_id_ = t.proc_inst_id_ and v.execution_id_ = t.proc_inst_id_
          and v.task_id_ is null and v.name_ = :name
        where t.suspension_state_ = 1 and v.text_ in (:people)
        group by v.text_
        """, new MapSqlParameterSource("now", Timestamp.from(now)).addValue("name", ProcessVariables.PERSON_ID)
            .addValue("people", people.stream().map(UUID::toString).toList()),
        rs -> {
          counts.put(UUID.fromString(rs.getString("person_id")),
              new TaskCount(rs.getLong("open_tasks"), rs.getLong("overdue_tasks")));
        });
    return counts;
  }

  @Override
  public Map<String, TaskCount> assignedTo(Collection<String> workers, Instant now) {
    Map<String, TaskCount> counts = new HashMap<>();
    if (workers.isEmpty()) {
      return counts;
    }
    jdbc.query("""
        select t.assignee_ as worker, count(*) as open_tasks,
          sum(case when t.due_date_ < :now then 1 else 0 end) as overdue_tasks
        from act_ru_task t
        where t.suspension_state_ = 1 and t.assignee_ in (:workers)
        group by t.assignee_
        """, new MapSqlParameterSource("now", Timestamp.from(now)).addValue("workers", List.copyOf(workers)),
        rs -> {
          counts.put(rs.getString("worker"), new TaskCount(rs.getLong("open_tasks"), rs.getLong("overdue_tasks")));
        });
    return counts;
  }
}
