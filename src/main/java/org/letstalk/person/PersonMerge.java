package org.letstalk.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.letstalk.store.Versioned;

/** A proposal to merge one person's record into another's, and the manager's decision on it. */
@Entity
@Table(name = "person_merge")
public class PersonMerge extends Versioned {

  public enum Status { PROPOSED, APPROVED, REFUSED }

  @Column(name = "surviving_person_id", nullable = false)
  private UUID survivingPersonId;

  @Column(name = "merged_person_id", nullable = false)
  private UUID mergedPersonId;

  @Column(name = "reason", nullable = false)
  private String reason;

  @Column(name = "proposed_by", nullable = false)
  private String proposedBy;

  @Column(name = "proposed_at", nullable = false)
  private Instant proposedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private Status status;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decision_reason")
  private String decisionReason;

  /** The record merged away while the proposal waits, so the schema keeps one waiting proposal per record. */
  @Column(name = "waiting_person_id")
  private UUID waitingPersonId;

  /** What moved to the surviving record: each table with its count of rows. */
  @Column(name = "moved")
  private String moved;

  protected PersonMerge() {
  }

  static PersonMerge proposed(UUID surviving, UUID merged, String reason, String by, Instant now) {
    PersonMerge merge = new PersonMerge();
    merge.survivingPersonId = surviving;
    merge.mergedPersonId = merged;
    merge.reason = reason;
    merge.proposedBy = by;
    merge.proposedAt = now;
    merge.status = Status.PROPOSED;
    merge.waitingPersonId = merged;
    return merge;
  }

  void awaitDecisionIn(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void decided(boolean approve, String by, String why, String movedRows, Instant now) {
    status = approve ? Status.APPROVED : Status.REFUSED;
    waitingPersonId = null;
    decidedBy = by;
    decisionReason = why;
    moved = movedRows;
    decidedAt = now;
  }

  public UUID getSurvivingPersonId() {
    return survivingPersonId;
  }

  public UUID getMergedPersonId() {
    return mergedPersonId;
  }

  public String getReason() {
    return reason;
  }

  public String getProposedBy() {
    return proposedBy;
  }

  public Instant getProposedAt() {
    return proposedAt;
  }

  public Status getStatus() {
    return status;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public String getDecisionReason() {
    return decisionReason;
  }

  public String getMoved() {
    return moved;
  }
}
