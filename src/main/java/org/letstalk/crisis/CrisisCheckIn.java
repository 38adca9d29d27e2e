package org.letstalk.crisis;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.letstalk.store.Identified;

/** A check-in with the person while their crisis plan runs, so the plan does not drift [T 2.44]. */
@Entity
@Table(name = "crisis_check_in")
public class CrisisCheckIn extends Identified {

  @Column(name = "task_id", nullable = false, unique = true)
  private String taskId;

  @Column(name = "crisis_plan_id", nullable = false)
  private UUID crisisPlanId;

  @Column(name = "person_id", nullable = false)
  private UUID personId;

  @Column(name = "done_by", nullable = false)
  private String doneBy;

  @Column(name = "done_at", nullable = false)
  private Instant doneAt;

  @Column(name = "plan_working", nullable = false)
  private boolean planWorking;

  @Column(name = "notes", nullable = false)
  private String notes;

  protected CrisisCheckIn() {
  }

  CrisisCheckIn(String taskId, CrisisPlan plan, String doneBy, Instant doneAt, boolean planWorking, String notes) {
    this.taskId = taskId;
    this.crisisPlanId = plan.getId();
    this.personId = plan.getPersonId();
    this.doneBy = doneBy;
    this.doneAt = doneAt;
    this.planWorking = planWorking;
    this.notes = notes;
  }

  public UUID getCrisisPlanId() {
    return crisisPlanId;
  }

  public String getDoneBy() {
    return doneBy;
  }

  public boolean isPlanWorking() {
    return planWorking;
  }
}
