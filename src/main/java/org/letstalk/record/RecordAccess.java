package org.letstalk.record;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.letstalk.store.Identified;

/**
 * One read of, or change to, a person's record: who, what, when. A contact read before its person is confirmed names
 * the contact alone; the log reads it with the person's once the contact is theirs.
 */
@Entity
@Table(name = "record_access")
public class RecordAccess extends Identified {

  @Column(name = "person_id")
  private UUID personId;

  @Column(name = "contact_id")
  private UUID contactId;

  @Column(name = "user_id", nullable = false)
  private String userId;

  @Column(name = "action", nullable = false)
  private String action;

  @Column(name = "detail")
  private String detail;

  @Column(name = "accessed_at", nullable = false)
  private Instant accessedAt;

  protected RecordAccess() {
  }

  /** The detail as it is stored: its first 400 characters. */
  static String fitted(String detail) {
    return detail == null || detail.length() <= 400 ? detail : detail.substring(0, 400);
  }

  static RecordAccess of(UUID personId, String userId, String action, String detail, Instant now) {
    return of(personId, null, userId, action, detail, now);
  }

  static RecordAccess of(UUID personId, UUID contactId, String userId, String action, String detail, Instant now) {
    RecordAccess access = new RecordAccess();
    access.personId = personId;
    access.contactId = contactId;
    access.userId = userId;
    access.action = action;
    access.detail = fitted(detail);
    access.accessedAt = now;
    return access;
  }

  public UUID getPersonId() {
    return personId;
  }

  /** The contact read, when the entry is of a contact; the only subject while its person is not yet confirmed. */
  public UUID getContactId() {
    return contactId;
  }

  public String getUserId() {
    return userId;
  }

  public String getAction() {
    return action;
  }

  public String getDetail() {
    return detail;
  }

  public Instant getAccessedAt() {
    return accessedAt;
  }
}
