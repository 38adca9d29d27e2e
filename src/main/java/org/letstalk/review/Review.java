package org.letstalk.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.letstalk.store.Versioned;

/** One review of a support plan: when it is due, whether it was late, who took part and what it decided. */
@Entity
@Table(name = "review")
public class Review extends Versioned {

  @Column(name = "plan_id", nullable = false)
  private UUID planId;

  @Column(name = "person_id", nullable = false)
  private UUID personId;

  @Column(name = "sequence_no", nullable = false)
  private int sequenceNo;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false)
  private ReviewKind kind;

  @Column(name = "due_date", nullable = false)
  private Instant dueDate;

  @Column(name = "notice_date", nullable = false)
  private Instant noticeDate;

  @Column(name = "scheduled_at", nullable = false)
  private Instant scheduledAt;

  @Column(name = "requested_by")
  private String requestedBy;

  @Enumerated(EnumType.STRING)
  @Column(name = "requester_role")
  private RequesterRole requesterRole;

  @Column(name = "request_reason")
  private String requestReason;

  @Column(name = "overdue_since")
  private Instant overdueSince;

  @Column(name = "completed_at")
  private Instant completedAt;

  @Column(name = "completed_by")
  private String completedBy;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome")
  private ReviewOutcome outcome;

  @Column(name = "findings")
  private String findings;

  @Column(name = "person_took_part")
  private Boolean personTookPart;

  @Column(name = "carer_took_part")
  private Boolean carerTookPart;

  @Column(name = "advocate_took_part")
  private Boolean advocateTookPart;

  @Column(name = "provider_took_part")
  private Boolean providerTookPart;

  @Column(name = "others_who_took_part")
  private String othersWhoTookPart;

  @Column(name = "why_person_did_not_take_part")
  private String whyPersonDidNotTakePart;

  @Column(name = "new_weekly_cost")
  private BigDecimal newWeeklyCost;

  @Column(name = "plan_changes")
  private String planChanges;

  @Column(name = "closure_reasons")
  private String closureReasons;

  @Column(name = "outcomes_evaluation")
  private String outcomesEvaluation;

  @Column(name = "information_and_advice")
  private String informationAndAdvice;

  protected Review() {
  }

  static Review scheduled(UUID planId, UUID personId, int sequenceNo, ReviewKind kind, Instant due, Instant notice,
      Instant now) {
    Review review = new Review();
    review.planId = planId;
    review.personId = personId;
    review.sequenceNo = sequenceNo;
    review.kind = kind;
    review.dueDate = due;
    review.noticeDate = notice;
    review.scheduledAt = now;
    return review;
  }

  /** The plan was revised: this review is due again from the new version's start. */
  void rescheduled(Instant due, Instant notice) {
    dueDate = due;
    noticeDate = notice;
  }

  void bringForward(EarlyReviewRequest request, Instant due, Instant now) {
    kind = ReviewKind.EARLY;
    dueDate = due.isBefore(dueDate) ? due : dueDate;
    noticeDate = now;
    if (requestedBy == null) {
      requestedBy = request.requestedBy();
      requesterRole = request.requesterRole();
      requestReason = request.reason();
    }
  }

  void overdue(Instant now) {
    if (overdueSince == null) {
      overdueSince = now;
    }
  }

  /** The authoriser sent the review's change back: the review is to do again, and its next answer is kept. */
  void reopen() {
    completedAt = null;
    completedBy = null;
  }

  void complete(ReviewRecord record, String by, Instant now) {
    outcome = record.outcome();
    findings = record.findings();
    personTookPart = record.personTookPart();
    carerTookPart = record.carerTookPart();
    advocateTookPart = record.advocateTookPart();
    providerTookPart = record.providerTookPart();
    othersWhoTookPart = record.othersWhoTookPart();
    whyPersonDidNotTakePart = record.whyPersonDidNotTakePart();
    newWeeklyCost = record.newWeeklyCost();
    planChanges = record.planChanges();
    closureReasons = record.closureReasons();
    outcomesEvaluation = record.outcomesEvaluation();
    informationAndAdvice = record.informationAndAdvice();
    completedBy = by;
    completedAt = now;
  }

  public boolean isOpen() {
    return completedAt == null;
  }

  public UUID getPlanId() {
    return planId;
  }

  public UUID getPersonId() {
    return personId;
  }

  public int getSequenceNo() {
    return sequenceNo;
  }

  public ReviewKind getKind() {
    return kind;
  }

  public Instant getDueDate() {
    return dueDate;
  }

  public Instant getNoticeDate() {
    return noticeDate;
  }

  public String getRequestedBy() {
    return requestedBy;
  }

  public RequesterRole getRequesterRole() {
    return requesterRole;
  }

  public String getRequestReason() {
    return requestReason;
  }

  public Instant getOverdueSince() {
    return overdueSince;
  }

  public Instant getCompletedAt() {
    return completedAt;
  }

  public String getCompletedBy() {
    return completedBy;
  }

  public ReviewOutcome getOutcome() {
    return outcome;
  }

  public String getFindings() {
    return findings;
  }

  public Boolean getPersonTookPart() {
    return personTookPart;
  }

  public Boolean getCarerTookPart() {
    return carerTookPart;
  }

  public Boolean getAdvocateTookPart() {
    return advocateTookPart;
  }

  public Boolean getProviderTookPart() {
    return providerTookPart;
  }

  public BigDecimal getNewWeeklyCost() {
    return newWeeklyCost;
  }

  public String getClosureReasons() {
    return closureReasons;
  }

  public String getOutcomesEvaluation() {
    return outcomesEvaluation;
  }

  public String getInformationAndAdvice() {
    return informationAndAdvice;
  }

  public String getOthersWhoTookPart() {
    return othersWhoTookPart;
  }

  public String getWhyPersonDidNotTakePart() {
    return whyPersonDidNotTakePart;
  }

  public String getPlanChanges() {
    return planChanges;
  }
}
