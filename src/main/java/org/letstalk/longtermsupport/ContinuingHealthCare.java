package org.letstalk.longtermsupport;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
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
  public static final String NHS_RESPONSIBLE_FROM = "nhsResponsibleFrom";
  public static final String COUNCIL_PAID_UNTIL = "councilPaidUntil";
  public static final String NHS_WEEKLY_SHARE = "nhsWeeklyShare";
  /** The finance team's invoice to the health partner for the funding to recover. */
  public static final String INVOICE_REFERENCE = "chcInvoiceReference";

  private final JdbcTemplate jdbc;
  private final Clock clock;

  public ContinuingHealthCare(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** The health partner's decision, checked, with what the council is owed when the NHS pays. */
  public record Decision(ChcOutcome outcome, LocalDate decidedOn, boolean fundedWithoutPrejudice,
      LocalDate fundedFrom, BigDecimal weeklyCostMeanwhile, Recovery recovery) {

    /** The council paid meanwhile for care the NHS is now found to fund, in full or in part. */
    public boolean recoveryFlagged() {
      return recovery != null && recovery.amount().signum() > 0;
    }
  }

  /**
   * What the council recovers: the NHS's weekly share (the whole weekly cost when the person is eligible) for each
   * day the council paid while the NHS was responsible, from {@code from} to {@code until}, both included.
   */
  public record Recovery(LocalDate nhsResponsibleFrom, LocalDate councilPaidUntil, BigDecimal nhsWeeklyShare,
      LocalDate from, LocalDate until, BigDecimal amount) {

    static Recovery of(LocalDate fundedFrom, LocalDate nhsFrom, LocalDate paidUntil, BigDecimal weekly) {
      LocalDate from = nhsFrom.isAfter(fundedFrom) ? nhsFrom : fundedFrom;
      long days = from.isAfter(paidUntil) ? 0 : ChronoUnit.DAYS.between(from, paidUntil) + 1;
      BigDecimal amount = weekly.multiply(BigDecimal.valueOf(days)).divide(BigDecimal.valueOf(7), 2,
          RoundingMode.HALF_UP);
      return new Recovery(nhsFrom, paidUntil, weekly, from, days == 0 ? null : paidUntil, amount);
    }
  }

  public record Consideration(UUID id, UUID personId, ChcOutcome outcome, boolean recoveryFlagged,
      LocalDate fundedFrom, BigDecimal weeklyCostMeanwhile, LocalDate decidedOn, LocalDate recoverFrom,
      LocalDate recoverUntil, BigDecimal nhsWeeklyShare, BigDecimal amountToRecover, String referral,
      Instant referredAt, String referredBy, Instant recordedAt, String recordedBy, String invoiceReference,
      Instant invoicedAt, String invoicedBy) {
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
      Recovery recovery = null;
      if (funded && outcome != null && outcome != ChcOutcome.NOT_ELIGIBLE) {
        LocalDate nhsFrom = in.requiredDate(NHS_RESPONSIBLE_FROM);
        LocalDate paidUntil = in.requiredDate(COUNCIL_PAID_UNTIL);
        BigDecimal share = outcome == ChcOutcome.JOINT_PACKAGE ? in.requiredAmount(NHS_WEEKLY_SHARE) : weekly;
        if (paidUntil != null && from != null && paidUntil.isBefore(from)) {
          in.reject(COUNCIL_PAID_UNTIL, "must be on or after the day the council started paying");
        }
        if (share != null && weekly != null && share.compareTo(weekly) > 0) {
          in.reject(NHS_WEEKLY_SHARE, "must not be more than the weekly cost the council paid");
        }
        if (nhsFrom != null && paidUntil != null && share != null && from != null && !in.rejected(COUNCIL_PAID_UNTIL)
            && !in.rejected(NHS_WEEKLY_SHARE)) {
          recovery = Recovery.of(from, nhsFrom, paidUntil, share);
        }
      }
      return new Decision(outcome, decided, funded, from, weekly, recovery);
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

  /** Records the decision and, when the NHS pays, what the council is owed for the funding meanwhile. */
  public Consideration decided(UUID id, Decision decision, String by) {
    Recovery recovery = decision.recovery();
    jdbc.update("""
        update chc_consideration set outcome = ?, decided_on = ?, funded_without_prejudice = ?, funded_from = ?,
          weekly_cost_meanwhile = ?, recovery_flagged = ?, nhs_responsible_from = ?, council_paid_until = ?,
          nhs_weekly_share = ?, amount_to_recover = ?, recorded_by = ?, recorded_at = ?
         where id = ?""", decision.outcome().name(), Date.valueOf(decision.decidedOn()),
        decision.fundedWithoutPrejudice(), date(decision.fundedFrom()), decision.weeklyCostMeanwhile(),
        decision.recoveryFlagged(), recovery == null ? null : date(recovery.nhsResponsibleFrom()),
        recovery == null ? null : date(recovery.councilPaidUntil()),
        recovery == null ? null : recovery.nhsWeeklyShare(), recovery == null ? null : recovery.amount(), by,
        Timestamp.from(clock.instant()), id);
    return get(id);
  }

  /**
   * Records the finance team's invoice to the NHS for the funding flagged for recovery; its reference is required.
   * The first invoice recorded stands: a retried step changes nothing.
   */
  public void invoiced(UUID id, Map<String, ?> values, String by) {
    String reference = FormInput.read(values, in -> in.requiredText(INVOICE_REFERENCE, 100));
    jdbc.update("""
        update chc_consideration set invoice_reference = ?, invoiced_by = ?, invoiced_at = ?
         where id = ? and recovery_flagged and invoiced_at is null""", reference, by,
        Timestamp.from(clock.instant()), id);
  }

  @Transactional(readOnly = true)
  public Consideration get(UUID id) {
    return jdbc.queryForObject("select * from chc_consideration where id = ?", (rs, n) -> row(rs), id);
  }

  /** A person's considerations, oldest first, for their record. */
  @Transactional(readOnly = true)
  public List<Consideration> of(UUID personId) {
    return jdbc.query("select * from chc_consideration where person_id = ? order by referred_at",
        (rs, n) -> row(rs), personId);
  }

  private static Consideration row(ResultSet rs) throws SQLException {
    LocalDate nhsFrom = localDate(rs, "nhs_responsible_from");
    LocalDate fundedFrom = localDate(rs, "funded_from");
    BigDecimal amount = rs.getBigDecimal("amount_to_recover");
    LocalDate recoverFrom = nhsFrom == null ? null : nhsFrom.isAfter(fundedFrom) ? nhsFrom : fundedFrom;
    return new Consideration(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
        rs.getString("outcome") == null ? null : ChcOutcome.valueOf(rs.getString("outcome")),
        rs.getBoolean("recovery_flagged"), fundedFrom, rs.getBigDecimal("weekly_cost_meanwhile"),
        localDate(rs, "decided_on"), recoverFrom, localDate(rs, "council_paid_until"),
        rs.getBigDecimal("nhs_weekly_share"), amount, rs.getString("referral"), instant(rs, "referred_at"),
        rs.getString("referred_by"), instant(rs, "recorded_at"), rs.getString("recorded_by"),
        rs.getString("invoice_reference"), instant(rs, "invoiced_at"), rs.getString("invoiced_by"));
  }

  private static Date date(LocalDate day) {
    return day == null ? null : Date.valueOf(day);
  }

  private static LocalDate localDate(ResultSet rs, String column) throws SQLException {
    Date day = rs.getDate(column);
    return day == null ? null : day.toLocalDate();
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp at = rs.getTimestamp(column);
    return at == null ? null : at.toInstant();
  }
}
