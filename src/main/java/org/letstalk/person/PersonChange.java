package org.letstalk.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.letstalk.store.Identified;

/** One change to one of a person's details: who made it, when, the value before and after. Never updated. */
@Entity
@Table(name = "person_change")
public class PersonChange extends Identified {

  @Column(name = "person_id", nullable = false)
  private UUID personId;

  @Column(name = "field", nullable = false)
  private String field;

  @Column(name = "old_value")
  private String oldValue;

  @Column(name = "new_value")
  private String newValue;

  @Column(name = "changed_by", nullable = false)
  private String changedBy;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  protected PersonChange() {
  }

  static PersonChange of(UUID personId, String field, String oldValue, String newValue, String changedBy,
      Instant changedAt) {
    PersonChange change = new PersonChange();
    change.personId = personId;
    change.field = field;
    change.oldValue = oldValue;
    change.newValue = newValue;
    change.changedBy = changedBy;
    change.changedAt = changedAt;
    return change;
  }

  public UUID getPersonId() {
    return personId;
  }

  public String getField() {
    return field;
  }

  public String getOldValue() {
    return oldValue;
  }

  public String getNewValue() {
    return newValue;
  }

  public String getChangedBy() {
    return changedBy;
  }

  public Instant getChangedAt() {
    return changedAt;
  }
}
