package org.letstalk.crisis;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.letstalk.store.Versioned;

/** Money used at once within a crisis plan (Trafford's two heaters, £60 [T App A story 3]). */
@Entity
@Table(name = "spend")
public class Spend extends Versioned {

  @Column(name = "task_id", nullable = false, unique = true)
  private String taskId;

  @Column(name = "crisis_plan_id", nullable = false)
  private UUID crisisPlanId;

  @Column(name = "person_id", nullable = false)
  private UUID personId;

  @Column(name = "contact_id")
  private UUID contactId;

  @Column(name = "amount", nullable = false)
  private BigDecimal amount;

  @Column(name = "purpose", nullable = false)
  private String purpose;

  @Column(name = "limit_amount", nullable = false)
  private BigDecimal limitAmount;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private SpendStatus status;

  @Column(name = "requested_by", nullable = false)
  private String requestedBy;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  @Column(name = "decided_at")
  private Instant decidedAt;

  protected Spend() {
  }

  static Spend requested(String taskId, CrisisPlan plan, BigDecimal amount, String purpose, BigDecimal limit,
      String by, Instant now) {
    Spend spend = new Spend();
    spend.taskId = taskId;
    spend.crisisPlanId = plan.getId();
    spend.personId = plan.getPersonId();
    spend.contactId = plan.getContactId();
    spend.amount = amount;
    spend.purpose = purpose;
    spend.limitAmount = limit;
    spend.requestedBy = by;
    spend.requestedAt = now;
    spend.status = amount.compareTo(limit) <= 0 ? SpendStatus.MADE : SpendStatus.AWAITING_APPROVAL;
    return spend;
  }

  void decided(boolean approved, Instant now) {
    if (status == SpendStatus.AWAITING_APPROVAL) {
      status = approved ? SpendStatus.APPROVED_AND_MADE : SpendStatus.NOT_APPROVED;
      decidedAt = now;
    }
  }

  public UUID getCrisisPlanId() {
    return crisisPlanId;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public String getPurpose() {
    return purpose;
  }

  public SpendStatus getStatus() {
    return status;
  }

  public boolean needsApproval() {
    return status == SpendStatus.AWAITING_APPROVAL;
  }

  public BigDecimal getLimitAmount() {
    return limitAmount;
  }

  public String getRequestedBy() {
    return requestedBy;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }
}
