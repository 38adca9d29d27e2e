package org.letstalk.crisis;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.letstalk.store.Identified;

/**
 * A check-in with the person while their crisis plan runs, so the plan does not drift [T 2.44]: done, or ended
 * unanswered by the end of its plan.
 */
@Entity
@Table(name = "crisis_check_in")
public class CrisisCheckIn extends Identified {

  @Column(name = "task_id", nullable = false, unique = true)
  private String taskId;

  @Column(name = "crisis_plan_id", nullable = false)
  private UUID crisisPlanId;

  @Column(name = "person_id", nullable = false)
  private UUID personId;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private Status status;

  @Column(name = "done_by")
  private String doneBy;

  @Column(name = "done_at")
  private Instant doneAt;

  @Column(name = "plan_working")
  private Boolean planWorking;

  @Column(name = "notes")
  private String notes;

  @Column(name = "ended_at")
  private Instant endedAt;

  public enum Status {
    DONE,
    /** Still open when its plan ended (reviewed, replaced or closed): nobody is asked for it any more. */
    ENDED_WITH_PLAN
  }

  protected CrisisCheckIn() {
  }

  CrisisCheckIn(String taskId, CrisisPlan plan, String doneBy, Instant doneAt, boolean planWorking, String notes) {
    this(taskId, plan, Status.DONE);
    this.doneBy = doneBy;
    this.doneAt = doneAt;
    this.planWorking = planWorking;
    this.notes = notes;
  }

  private CrisisCheckIn(String taskId, CrisisPlan plan, Status status) {
    this.taskId = taskId;
    this.crisisPlanId = plan.getId();
    this.personId = plan.getPersonId();
    this.status = status;
  }

  static CrisisCheckIn endedWithPlan(String taskId, CrisisPlan plan, Instant now) {
    CrisisCheckIn ended = new CrisisCheckIn(taskId, plan, Status.ENDED_WITH_PLAN);
    ended.endedAt = now;
    return ended;
  }

  public Status getStatus() {
    return status;
  }

  public Instant getEndedAt() {
    return endedAt;
  }

  public UUID getCrisisPlanId() {
    return crisisPlanId;
  }

  public String getDoneBy() {
    return doneBy;
  }

  public boolean isPlanWorking() {
    return Boolean.TRUE.equals(planWorking);
  }

  public Instant getDoneAt() {
    return doneAt;
  }

  public String getNotes() {
    return notes;
  }
}
