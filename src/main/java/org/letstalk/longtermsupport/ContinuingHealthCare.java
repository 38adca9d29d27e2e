package org.letstalk.longtermsupport;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.letstalk.validation.FormInput;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Continuing health care beyond the referral [T 2.56; H P4]: the referral, the health partner's decision
 * (eligible, not eligible, a joint package), and, where the council funded the support without prejudice while
 * waiting, that funding flagged for recovery when the NHS is found responsible for some or all of it.
 */
@Service
@Transactional
public class ContinuingHealthCare {

  public static final String REASON = "chcReason";
  public static final String REFERRAL = "chcReferral";
  public static final String OUTCOME = "chcOutcome";
  public static final String DECIDED_ON = "chcDecidedOn";
  public static final String FUNDED_WITHOUT_PREJUDICE = "fundedWithoutPrejudice";
  public static final String FUNDED_FROM = "fundedFrom";
  public static final String WEEKLY_COST_MEANWHILE = "weeklyCostMeanwhile";

  private final JdbcTemplate jdbc;
  private final Clock clock;

  public ContinuingHealthCare(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** The health partner's decision, checked. */
  public record Decision(ChcOutcome outcome, LocalDate decidedOn, boolean fundedWithoutPrejudice,
      LocalDate fundedFrom, BigDecimal weeklyCostMeanwhile) {

    /** The council paid meanwhile for care the NHS is now found to fund, in full or in part. */
    public boolean recoveryFlagged() {
      return fundedWithoutPrejudice && outcome != ChcOutcome.NOT_ELIGIBLE;
    }
  }

  public record Consideration(UUID id, UUID personId, ChcOutcome outcome, boolean recoveryFlagged,
      LocalDate fundedFrom, BigDecimal weeklyCostMeanwhile) {
  }

  public static Decision decision(Map<String, ?> values) {
    return FormInput.read(values, in -> {
      ChcOutcome outcome = in.requiredChoice(OUTCOME, ChcOutcome.class);
      LocalDate decided = in.requiredDate(DECIDED_ON);
      boolean funded = in.optionalFlag(FUNDED_WITHOUT_PREJUDICE);
      LocalDate from = funded ? in.requiredDate(FUNDED_FROM) : null;
      BigDecimal weekly = funded ? in.requiredAmount(WEEKLY_COST_MEANWHILE) : null;
      if (from != null && decided != null && from.isAfter(decided)) {
        in.reject(FUNDED_FROM, "must be on or before the day of the decision");
      }
      return new Decision(outcome, decided, funded, from, weekly);
    });
  }

  /** Records the referral (once per task). */
  public UUID referred(String taskId, UUID personId, Map<String, ?> values, String by) {
    String[] referral = FormInput.read(values, in -> new String[] {
        in.optionalText(REASON, FormInput.LONG_TEXT), in.requiredText(REFERRAL, FormInput.LONG_TEXT)});
    Optional<UUID> recorded = jdbc.queryForList("select id from chc_consideration where task_id = ?", UUID.class,
        taskId).stream().findFirst();
    if (recorded.isPresent()) {
      return recorded.get();
    }
    UUID id = UUID.randomUUID();
    jdbc.update("""
        insert into chc_consideration (id, task_id, person_id, reason, referral, referred_by, referred_at)
        values (?, ?, ?, ?, ?, ?, ?)""", id, taskId, personId, referral[0], referral[1], by,
        Timestamp.from(clock.instant()));
    return id;
  }

  /** Records the decision and whether the council's funding meanwhile is to be recovered. */
  public Consideration decided(UUID id, Decision decision, String by) {
    jdbc.update("""
        update chc_consideration set outcome = ?, decided_on = ?, funded_without_prejudice = ?, funded_from = ?,
          weekly_cost_meanwhile = ?, recovery_flagged = ?, recorded_by = ?, recorded_at = ?
         where id = ?""", decision.outcome().name(), Date.valueOf(decision.decidedOn()),
        decision.fundedWithoutPrejudice(), decision.fundedFrom() == null ? null : Date.valueOf(decision.fundedFrom()),
        decision.weeklyCostMeanwhile(), decision.recoveryFlagged(), by, Timestamp.from(clock.instant()), id);
    return get(id);
  }

  public Consideration get(UUID id) {
    return jdbc.queryForObject("select * from chc_consideration where id = ?", (rs, n) -> new Consideration(
        rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
        rs.getString("outcome") == null ? null : ChcOutcome.valueOf(rs.getString("outcome")),
        rs.getBoolean("recovery_flagged"),
        rs.getDate("funded_from") == null ? null : rs.getDate("funded_from").toLocalDate(),
        rs.getBigDecimal("weekly_cost_meanwhile")), id);
  }
}
