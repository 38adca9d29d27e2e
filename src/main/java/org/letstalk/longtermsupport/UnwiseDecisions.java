package org.letstalk.longtermsupport;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.letstalk.validation.FormInput;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person with capacity may make a decision others think unwise; where it carries significant risk the
 * practitioner asks a service manager's advice, and the advice is kept with the case [T 2.56].
 */
@Service
@Transactional
public class UnwiseDecisions {

  public static final String ASKED = "unwiseDecisionWithSignificantRisk";
  public static final String DECISION = "unwiseDecision";
  public static final String ADVICE = "unwiseDecisionAdvice";

  private final JdbcTemplate jdbc;
  private final Clock clock;

  public UnwiseDecisions(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public record Advice(String decision, String advice, String advisedBy, Instant advisedAt) {
  }

  /** Records the service manager's advice on the decision (once per task). */
  public void advised(String taskId, UUID personId, Map<String, ?> values, String by) {
    String[] answer = FormInput.read(values, in -> new String[] {
        in.requiredText(DECISION, FormInput.LONG_TEXT), in.requiredText(ADVICE, FormInput.LONG_TEXT)});
    jdbc.update("""
        insert into unwise_decision_advice (id, task_id, person_id, decision, advice, advised_by, advised_at)
        values (?, ?, ?, ?, ?, ?, ?) on conflict (task_id) do nothing""", UUID.randomUUID(), taskId, personId,
        answer[0], answer[1], by, Timestamp.from(clock.instant()));
  }

  public List<Advice> of(UUID personId) {
    return jdbc.query("select * from unwise_decision_advice where person_id = ? order by advised_at",
        (rs, n) -> new Advice(rs.getString("decision"), rs.getString("advice"), rs.getString("advised_by"),
            rs.getTimestamp("advised_at").toInstant()),
        personId);
  }
}
