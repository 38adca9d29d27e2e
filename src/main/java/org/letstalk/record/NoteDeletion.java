package org.letstalk.record;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.letstalk.store.Versioned;

/** A request to delete a case note, and the manager's decision on it; both are kept. */
@Entity
@Table(name = "case_note_deletion")
public class NoteDeletion extends Versioned {

  public enum Status { REQUESTED, APPROVED, REFUSED }

  @Column(name = "note_id", nullable = false)
  private UUID noteId;

  @Column(name = "person_id", nullable = false)
  private UUID personId;

  @Column(name = "reason", nullable = false)
  private String reason;

  @Column(name = "requested_by", nullable = false)
  private String requestedBy;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

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

  protected NoteDeletion() {
  }

  static NoteDeletion requested(UUID noteId, UUID personId, String reason, String requestedBy, Instant now) {
    NoteDeletion d = new NoteDeletion();
    d.noteId = noteId;
    d.personId = personId;
    d.reason = reason;
    d.requestedBy = requestedBy;
    d.requestedAt = now;
    d.status = Status.REQUESTED;
    return d;
  }

  void awaitDecisionIn(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void decide(boolean approve, String decidedBy, String decisionReason, Instant now) {
    this.status = approve ? Status.APPROVED : Status.REFUSED;
    this.decidedBy = decidedBy;
    this.decisionReason = decisionReason;
    this.decidedAt = now;
  }

  public UUID getNoteId() {
    return noteId;
  }

  public UUID getPersonId() {
    return personId;
  }

  public String getReason() {
    return reason;
  }

  public String getRequestedBy() {
    return requestedBy;
  }

  public Instant getRequestedAt() {
    return requestedAt;
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
}
