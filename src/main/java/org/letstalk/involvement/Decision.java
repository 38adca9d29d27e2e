package org.letstalk.involvement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.letstalk.store.Identified;

/** A decision in a person's involvement, with its rationale and why other options were not taken [N 5.2]. */
@Entity
@Table(name = "decision")
public class Decision extends Identified {

  @Column(name = "task_id", nullable = false, unique = true)
  private String taskId;

  @Column(name = "person_id", nullable = false)
  private UUID personId;

  @Column(name = "contact_id")
  private UUID contactId;

  @Column(name = "involvement_id")
  private UUID involvementId;

  @Column(name = "kind", nullable = false)
  private String kind;

  @Column(name = "decided_by", nullable = false)
  private String decidedBy;

  @Column(name = "decided_at", nullable = false)
  private Instant decidedAt;

  @Column(name = "what", nullable = false)
  private String what;

  @Column(name = "rationale", nullable = false)
  private String rationale;

  @Column(name = "alternatives_not_chosen")
  private String alternativesNotChosen;

  protected Decision() {
  }

  Decision(String taskId, CaseContext context, String kind, String decidedBy, Instant decidedAt, String what,
      String rationale, String alternativesNotChosen) {
    this.taskId = taskId;
    this.personId = context.personId();
    this.contactId = context.contactId();
    this.involvementId = context.involvementId();
    this.kind = kind;
    this.decidedBy = decidedBy;
    this.decidedAt = decidedAt;
    this.what = what;
    this.rationale = rationale;
    this.alternativesNotChosen = alternativesNotChosen;
  }

  public String getKind() {
    return kind;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public String getWhat() {
    return what;
  }

  public String getRationale() {
    return rationale;
  }

  public String getAlternativesNotChosen() {
    return alternativesNotChosen;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }
}
