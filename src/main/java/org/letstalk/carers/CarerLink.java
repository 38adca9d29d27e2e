package org.letstalk.carers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.letstalk.store.Versioned;

/** A carer and the person they care for: how they are related, hours of care a week, whether they live together. */
@Entity
@Table(name = "carer_link")
public class CarerLink extends Versioned {

  @Column(name = "carer_id", nullable = false)
  private UUID carerId;

  @Column(name = "cared_for_id", nullable = false)
  private UUID caredForId;

  @Column(name = "relationship", nullable = false)
  private String relationship;

  @Column(name = "hours_per_week", nullable = false)
  private int hoursPerWeek;

  @Column(name = "lives_together", nullable = false)
  private boolean livesTogether;

  @Column(name = "linked_at", nullable = false)
  private Instant linkedAt;

  @Column(name = "linked_by")
  private String linkedBy;

  protected CarerLink() {
  }

  static CarerLink of(UUID carerId, UUID caredForId, Instant now) {
    CarerLink link = new CarerLink();
    link.carerId = carerId;
    link.caredForId = caredForId;
    link.linkedAt = now;
    return link;
  }

  void describe(String relationship, int hoursPerWeek, boolean livesTogether, String by, Instant now) {
    this.relationship = relationship;
    this.hoursPerWeek = hoursPerWeek;
    this.livesTogether = livesTogether;
    this.linkedBy = by;
    this.linkedAt = now;
  }

  public UUID getCarerId() {
    return carerId;
  }

  public UUID getCaredForId() {
    return caredForId;
  }

  public String getRelationship() {
    return relationship;
  }

  public int getHoursPerWeek() {
    return hoursPerWeek;
  }

  public boolean isLivesTogether() {
    return livesTogether;
  }

  public Instant getLinkedAt() {
    return linkedAt;
  }

  public String getLinkedBy() {
    return linkedBy;
  }
}
