package org.letstalk.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.letstalk.store.Versioned;

/** A person's death as the council learnt of it, and the closing of their case that followed. */
@Entity
@Table(name = "person_death")
public class PersonDeath extends Versioned {

  @Column(name = "person_id", nullable = false)
  private UUID personId;

  @Column(name = "date_of_death", nullable = false)
  private LocalDate dateOfDeath;

  @Column(name = "how_known", nullable = false)
  private String howKnown;

  @Column(name = "recorded_by", nullable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Column(name = "case_closed_by")
  private String caseClosedBy;

  @Column(name = "case_closed_at")
  private Instant caseClosedAt;

  @Column(name = "closing_note")
  private String closingNote;

  protected PersonDeath() {
  }

  static PersonDeath of(UUID personId, LocalDate on, String howKnown, String recordedBy, Instant now) {
    PersonDeath death = new PersonDeath();
    death.personId = personId;
    death.dateOfDeath = on;
    death.howKnown = howKnown;
    death.recordedBy = recordedBy;
    death.recordedAt = now;
    return death;
  }

  void followedIn(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void caseClosed(String by, String note, Instant now) {
    caseClosedBy = by;
    closingNote = note;
    caseClosedAt = now;
  }

  public UUID getPersonId() {
    return personId;
  }

  public LocalDate getDateOfDeath() {
    return dateOfDeath;
  }

  public String getHowKnown() {
    return howKnown;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String getCaseClosedBy() {
    return caseClosedBy;
  }

  public Instant getCaseClosedAt() {
    return caseClosedAt;
  }

  public String getClosingNote() {
    return closingNote;
  }
}
