package org.letstalk.involvement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.letstalk.store.Identified;

/**
 * One run of the involvement process within the case: from a contact, a reassessment or a carer's breakdown
 * until it hands back to long-term support or the case closes. Keyed by its process instance, so a retried
 * opening step finds it.
 */
@Entity
@Table(name = "involvement_episode")
public class InvolvementEpisode extends Identified {

  @Column(name = "process_instance_id", nullable = false, unique = true)
  private String processInstanceId;

  @Column(name = "involvement_id", nullable = false)
  private UUID involvementId;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  protected InvolvementEpisode() {
  }

  InvolvementEpisode(String processInstanceId, UUID involvementId, Instant startedAt) {
    this.processInstanceId = processInstanceId;
    this.involvementId = involvementId;
    this.startedAt = startedAt;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public UUID getInvolvementId() {
    return involvementId;
  }

  public Instant getStartedAt() {
    return startedAt;
  }
}
