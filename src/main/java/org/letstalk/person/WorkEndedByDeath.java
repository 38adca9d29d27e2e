package org.letstalk.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.letstalk.store.Identified;

/** Why a piece of the person's work stopped: they died. One per process the death ended. */
@Entity
@Table(name = "work_ended_by_death")
public class WorkEndedByDeath extends Identified {

  @Column(name = "person_id", nullable = false)
  private UUID personId;

  @Column(name = "process_key", nullable = false)
  private String processKey;

  @Column(name = "process_instance_id", nullable = false)
  private String processInstanceId;

  @Column(name = "ended_at", nullable = false)
  private Instant endedAt;

  protected WorkEndedByDeath() {
  }

  static WorkEndedByDeath of(UUID personId, String processKey, String processInstanceId, Instant now) {
    WorkEndedByDeath ended = new WorkEndedByDeath();
    ended.personId = personId;
    ended.processKey = processKey;
    ended.processInstanceId = processInstanceId;
    ended.endedAt = now;
    return ended;
  }

  public UUID getPersonId() {
    return personId;
  }

  public String getProcessKey() {
    return processKey;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public Instant getEndedAt() {
    return endedAt;
  }
}
