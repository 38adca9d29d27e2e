package org.letstalk.safeguarding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.letstalk.store.Versioned;

/**
 * An s42 enquiry, made personal: what the person wants at the start, and whether it was achieved at the
 * end; enquiry discussion or strategy meeting, actions, protection plan and its review, conclusion.
 */
@Entity
@Table(name = "safeguarding_enquiry")
public class SafeguardingEnquiry extends Versioned {

  /** One enquiry per concern: the retried first step finds it. */
  @Column(name = "concern_id", nullable = false, unique = true)
  private UUID concernId;

  @Enumerated(EnumType.STRING)
  @Column(name = "meeting_kind", nullable = false)
  private MeetingKind meetingKind;

  @Column(name = "meeting_held_on", nullable = false)
  private LocalDate meetingHeldOn;

  @Column(name = "meeting_attendees")
  private String meetingAttendees;

  @Column(name = "meeting_notes", nullable = false)
  private String meetingNotes;

  @Column(name = "outcomes_person_wants", nullable = false)
  private String outcomesPersonWants;

  @Column(name = "discussion_by")
  private String discussionBy;

  @Column(name = "discussion_recorded_at", nullable = false)
  private Instant discussionRecordedAt;

  @Column(name = "actions_taken")
  private String actionsTaken;

  @Column(name = "findings")
  private String findings;

  @Column(name = "actions_by")
  private String actionsBy;

  @Column(name = "actions_recorded_at")
  private Instant actionsRecordedAt;

  @Column(name = "protection_plan")
  private String protectionPlan;

  @Column(name = "plan_review_due_on")
  private LocalDate planReviewDueOn;

  @Column(name = "plan_by")
  private String planBy;

  @Column(name = "plan_recorded_at")
  private Instant planRecordedAt;

  @Column(name = "plan_reviews", nullable = false)
  private int planReviews;

  @Column(name = "last_review_notes")
  private String lastReviewNotes;

  @Column(name = "last_reviewed_by")
  private String lastReviewedBy;

  @Column(name = "last_reviewed_at")
  private Instant lastReviewedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "msp_outcome")
  private MspOutcome mspOutcome;

  @Enumerated(EnumType.STRING)
  @Column(name = "risk_outcome")
  private RiskOutcome riskOutcome;

  @Column(name = "conclusion")
  private String conclusion;

  @Column(name = "concluded_by")
  private String concludedBy;

  @Column(name = "concluded_at")
  private Instant concludedAt;

  protected SafeguardingEnquiry() {
  }

  static SafeguardingEnquiry opened(UUID concernId, MeetingKind kind, LocalDate heldOn, String attendees,
      String notes, String outcomesPersonWants, String by, Instant at) {
    SafeguardingEnquiry e = new SafeguardingEnquiry();
    e.concernId = concernId;
    e.meetingKind = kind;
    e.meetingHeldOn = heldOn;
    e.meetingAttendees = attendees;
    e.meetingNotes = notes;
    e.outcomesPersonWants = outcomesPersonWants;
    e.discussionBy = by;
    e.discussionRecordedAt = at;
    return e;
  }

  void actions(String taken, String found, String by, Instant at) {
    actionsTaken = taken;
    findings = found;
    actionsBy = by;
    actionsRecordedAt = at;
  }

  void plan(String plan, LocalDate reviewDueOn, String by, Instant at) {
    protectionPlan = plan;
    planReviewDueOn = reviewDueOn;
    planBy = by;
    planRecordedAt = at;
  }

  void reviewed(String notes, LocalDate nextReviewDueOn, String by, Instant at) {
    planReviews++;
    lastReviewNotes = notes;
    lastReviewedBy = by;
    lastReviewedAt = at;
    if (nextReviewDueOn != null) {
      planReviewDueOn = nextReviewDueOn;
    }
  }

  void concluded(MspOutcome msp, RiskOutcome risk, String summary, String by, Instant at) {
    mspOutcome = msp;
    riskOutcome = risk;
    conclusion = summary;
    concludedBy = by;
    concludedAt = at;
  }

  public UUID getConcernId() {
    return concernId;
  }

  public MeetingKind getMeetingKind() {
    return meetingKind;
  }

  public LocalDate getMeetingHeldOn() {
    return meetingHeldOn;
  }

  public String getMeetingNotes() {
    return meetingNotes;
  }

  public String getOutcomesPersonWants() {
    return outcomesPersonWants;
  }

  public String getActionsTaken() {
    return actionsTaken;
  }

  public String getFindings() {
    return findings;
  }

  public String getProtectionPlan() {
    return protectionPlan;
  }

  public LocalDate getPlanReviewDueOn() {
    return planReviewDueOn;
  }

  public int getPlanReviews() {
    return planReviews;
  }

  public String getLastReviewNotes() {
    return lastReviewNotes;
  }

  public MspOutcome getMspOutcome() {
    return mspOutcome;
  }

  public RiskOutcome getRiskOutcome() {
    return riskOutcome;
  }

  public String getConclusion() {
    return conclusion;
  }

  public String getConcludedBy() {
    return concludedBy;
  }

  public Instant getConcludedAt() {
    return concludedAt;
  }

  public String getDiscussionBy() {
    return discussionBy;
  }

  public Instant getDiscussionRecordedAt() {
    return discussionRecordedAt;
  }
}
