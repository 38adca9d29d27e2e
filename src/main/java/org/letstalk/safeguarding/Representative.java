package org.letstalk.safeguarding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.letstalk.store.Identified;

/** Who represents or advocates for the person in a safeguarding concern [W ¶26-27]. */
@Entity
@Table(name = "safeguarding_representative")
public class Representative extends Identified {

  @Column(name = "concern_id", nullable = false)
  private UUID concernId;

  /** The step that recorded it; one per step, so a retried step does not add a second. */
  @Column(name = "recorded_in", nullable = false)
  private String step;

  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false)
  private RepresentativeRole role;

  @Column(name = "name", nullable = false)
  private String name;

  @Column(name = "relationship")
  private String relationship;

  @Column(name = "recorded_by")
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected Representative() {
  }

  static Representative recorded(UUID concernId, String step, Representation r, String by, Instant at) {
    Representative rep = new Representative();
    rep.concernId = concernId;
    rep.step = step;
    rep.role = r.role();
    rep.name = r.name();
    rep.relationship = r.relationship();
    rep.recordedBy = by;
    rep.recordedAt = at;
    return rep;
  }

  public UUID getConcernId() {
    return concernId;
  }

  public RepresentativeRole getRole() {
    return role;
  }

  public String getName() {
    return name;
  }

  public String getRelationship() {
    return relationship;
  }
}
