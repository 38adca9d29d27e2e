package org.letstalk.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.letstalk.store.Versioned;

/** One month's audits, started on the 25th, and the Principal Social Worker's thematic review of them. */
@Entity
@Table(name = "audit_round")
public class AuditRound extends Versioned {

  @Column(name = "process_instance_id", nullable = false, unique = true)
  private String processInstanceId;

  /** First day of the month whose cases are audited. */
  @Column(name = "audit_month", nullable = false)
  private LocalDate auditMonth;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "summary")
  private String summary;

  @Column(name = "themes")
  private String themes;

  @Column(name = "reviewed_by")
  private String reviewedBy;

  @Column(name = "reviewed_at")
  private Instant reviewedAt;

  protected AuditRound() {
  }

  static AuditRound start(String processInstanceId, YearMonth month, Instant now) {
    AuditRound round = new AuditRound();
    round.processInstanceId = processInstanceId;
    round.auditMonth = month.atDay(1);
    round.startedAt = now;
    return round;
  }

  void summarised(String summary) {
    this.summary = summary;
  }

  void reviewed(String themes, String reviewedBy, Instant at) {
    this.themes = themes;
    this.reviewedBy = reviewedBy;
    this.reviewedAt = at;
  }

  public YearMonth getAuditMonth() {
    return YearMonth.from(auditMonth);
  }

  public String getSummary() {
    return summary;
  }

  public String getThemes() {
    return themes;
  }

  public String getReviewedBy() {
    return reviewedBy;
  }
}
