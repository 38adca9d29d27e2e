package org.letstalk.involvement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.letstalk.store.Versioned;

/** A person's current episode with the council: the conversations from a contact until closure or long-term support. */
@Entity
@Table(name = "involvement")
public class Involvement extends Versioned {

  @Column(name = "process_instance_id", nullable = false, unique = true)
  private String processInstanceId;

  @Column(name = "person_id", nullable = false)
  private UUID personId;

  /** The person while this involvement is open, then empty: unique, so a person never has two open at once. */
  @Column(name = "open_person_id")
  private UUID openPersonId;

  @Column(name = "contact_id")
  private UUID contactId;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private InvolvementStatus status;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Column(name = "end_reason")
  private String endReason;

  protected Involvement() {
  }

  static Involvement open(String processInstanceId, UUID personId, UUID contactId, Instant now) {
    Involvement involvement = new Involvement();
    involvement.processInstanceId = processInstanceId;
    involvement.personId = personId;
    involvement.openPersonId = personId;
    involvement.contactId = contactId;
    involvement.status = InvolvementStatus.OPEN;
    involvement.startedAt = now;
    return involvement;
  }

  void end(InvolvementStatus status, String reason, Instant now) {
    if (this.status == InvolvementStatus.OPEN) {
      this.status = status;
      this.openPersonId = null;
      this.endReason = reason;
      this.endedAt = now;
    }
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public UUID getPersonId() {
    return personId;
  }

  public UUID getContactId() {
    return contactId;
  }

  public InvolvementStatus getStatus() {
    return status;
  }

  public Instant getEndedAt() {
    return endedAt;
  }

  public String getEndReason() {
    return endReason;
  }
}
