package org.letstalk.record;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.letstalk.store.Identified;

/** One read of, or change to, a person's record: who, what, when. */
@Entity
@Table(name = "record_access")
public class RecordAccess extends Identified {

  @Column(name = "person_id", nullable = false)
  private UUID personId;

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

  static RecordAccess of(UUID personId, String userId, String action, String detail, Instant now) {
    RecordAccess access = new RecordAccess();
    access.personId = personId;
    access.userId = userId;
    access.action = action;
    access.detail = detail == null || detail.length() <= 400 ? detail : detail.substring(0, 400);
    access.accessedAt = now;
    return access;
  }

  public UUID getPersonId() {
    return personId;
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
