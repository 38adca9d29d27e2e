package org.letstalk.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Contacts as case work: the worker allocated (or, failing that, who decided the outcome) worked the case. */
@Component
class ContactCaseWork implements CaseWorkSource {

  private final JdbcTemplate jdbc;

  ContactCaseWork(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<WorkedCase> casesWorked(Instant from, Instant to) {
    return jdbc.query("""
        select person_id, coalesce(allocated_user, outcome_decided_by) as worker, outcome_decided_at
        from contact
        where outcome_decided_at >= ? and outcome_decided_at < ?
          and person_id is not null
          and coalesce(allocated_user, outcome_decided_by) is not null
        """,
        (rs, row) -> new WorkedCase(rs.getObject("person_id", UUID.class), rs.getString("worker"),
            rs.getTimestamp("outcome_decided_at").toInstant()),
        Timestamp.from(from), Timestamp.from(to));
  }
}
