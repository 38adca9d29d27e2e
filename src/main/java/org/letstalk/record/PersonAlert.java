package org.letstalk.record;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.letstalk.store.Versioned;

/** An alert on a person's record, in force from when a team manager adds it until one ends it. */
@Entity
@Table(name = "person_alert")
public class PersonAlert extends Versioned {

  @Column(name = "person_id", nullable = false)
  private UUID personId;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false)
  private AlertKind kind;

  @Column(name = "detail", nullable = false)
  private String detail;

  @Column(name = "added_by", nullable = false)
  private String addedBy;

  @Column(name = "added_at", nullable = false)
  private Instant addedAt;

  @Column(name = "ended_by")
  private String endedBy;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Column(name = "end_reason")
  private String endReason;

  protected PersonAlert() {
  }

  static PersonAlert of(UUID personId, AlertKind kind, String detail, String by, Instant now) {
    PersonAlert alert = new PersonAlert();
    alert.personId = personId;
    alert.kind = kind;
    alert.detail = detail;
    alert.addedBy = by;
    alert.addedAt = now;
    return alert;
  }

  void end(String reason, String by, Instant now) {
    endReason = reason;
    endedBy = by;
    endedAt = now;
  }

  public boolean isInForce() {
    return endedAt == null;
  }

  public UUID getPersonId() {
    return personId;
  }

  public AlertKind getKind() {
    return kind;
  }

  public String getDetail() {
    return detail;
  }

  public String getAddedBy() {
    return addedBy;
  }

  public Instant getAddedAt() {
    return addedAt;
  }

  public String getEndedBy() {
    return endedBy;
  }

  public Instant getEndedAt() {
    return endedAt;
  }

  public String getEndReason() {
    return endReason;
  }
}
