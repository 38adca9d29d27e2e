package org.letstalk.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.letstalk.store.Versioned;

/**
 * A version of a person's long-term support plan. The plan is its series (named by its first version's id, which
 * its review cycle and reviews keep); a version is drafted, in force from its authorisation until the next
 * version supersedes it or a review ends the plan, and readable for ever after.
 */
@Entity
@Table(name = "support_plan")
public class SupportPlan extends Versioned {

  @Column(name = "person_id", nullable = false)
  private UUID personId;

  @Enumerated(EnumType.STRING)
  @Column(name = "plan_type", nullable = false)
  private PlanType planType;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private PlanStatus status;

  @Enumerated(EnumType.STRING)
  @Column(name = "delivery")
  private Delivery delivery;

  @Column(name = "weekly_cost")
  private BigDecimal weeklyCost;

  @Column(name = "allocated_worker")
  private String allocatedWorker;

  @Column(name = "team", nullable = false)
  private String team;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "authorised_at")
  private Instant authorisedAt;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Column(name = "ended_by_review_id")
  private UUID endedByReviewId;

  @Column(name = "ended_by_death", nullable = false)
  private boolean endedByDeath;

  @Column(name = "review_process_instance_id")
  private String reviewProcessInstanceId;

  @Column(name = "series_id", nullable = false)
  private UUID seriesId;

  @Column(name = "version_no", nullable = false)
  private int versionNo;

  @Column(name = "supersedes_id")
  private UUID supersedesId;

  @Column(name = "superseded_at")
  private Instant supersededAt;

  @Column(name = "authorised_by")
  private String authorisedBy;

  /** The person and kind while this version is in force, then empty: unique, so one version is in force. */
  @Column(name = "in_force_person_id")
  private UUID inForcePersonId;

  @Column(name = "in_force_kind")
  private String inForceKind;

  protected SupportPlan() {
  }

  public static SupportPlan draft(UUID personId, PlanType type, Delivery delivery, BigDecimal weeklyCost,
      String allocatedWorker, String team, Instant now) {
    SupportPlan plan = new SupportPlan();
    plan.personId = personId;
    plan.planType = type;
    plan.status = PlanStatus.DRAFT;
    plan.delivery = delivery;
    plan.weeklyCost = weeklyCost;
    plan.allocatedWorker = allocatedWorker;
    plan.team = team;
    plan.createdAt = now;
    plan.seriesId = plan.getId();
    plan.versionNo = 1;
    return plan;
  }

  /** The next version of this one: the same plan and person, drafted to be authorised. */
  SupportPlan nextVersion(PlanType type, Delivery delivery, BigDecimal weeklyCost, String worker, int number,
      Instant now) {
    SupportPlan next = draft(personId, type, delivery, weeklyCost, worker == null ? allocatedWorker : worker, team, now);
    next.seriesId = seriesId;
    next.versionNo = number;
    next.supersedesId = getId();
    return next;
  }

  void activate(String by, Instant now) {
    status = PlanStatus.ACTIVE;
    authorisedAt = now;
    authorisedBy = by;
    inForcePersonId = personId;
    inForceKind = planType.kind();
  }

  void supersede(Instant now) {
    status = PlanStatus.SUPERSEDED;
    supersededAt = now;
    inForcePersonId = null;
    inForceKind = null;
  }

  void reviewCycleStarted(String processInstanceId) {
    reviewProcessInstanceId = processInstanceId;
  }

  void revise(Delivery delivery, BigDecimal weeklyCost) {
    this.delivery = delivery;
    this.weeklyCost = weeklyCost;
  }

  void end(UUID reviewId, Instant now) {
    status = PlanStatus.ENDED;
    inForcePersonId = null;
    inForceKind = null;
    endedByReviewId = reviewId;
    endedAt = now;
  }

  /** The person died: the one way a plan ends without a review. */
  void endByDeath(Instant now) {
    status = PlanStatus.ENDED;
    inForcePersonId = null;
    inForceKind = null;
    endedByDeath = true;
    endedAt = now;
  }

  public boolean isEndedByDeath() {
    return endedByDeath;
  }

  public UUID getPersonId() {
    return personId;
  }

  public PlanType getPlanType() {
    return planType;
  }

  public PlanStatus getStatus() {
    return status;
  }

  public Delivery getDelivery() {
    return delivery;
  }

  public BigDecimal getWeeklyCost() {
    return weeklyCost;
  }

  public String getAllocatedWorker() {
    return allocatedWorker;
  }

  public String getTeam() {
    return team;
  }

  public Instant getAuthorisedAt() {
    return authorisedAt;
  }

  public Instant getEndedAt() {
    return endedAt;
  }

  public UUID getEndedByReviewId() {
    return endedByReviewId;
  }

  public String getReviewProcessInstanceId() {
    return reviewProcessInstanceId;
  }

  /** The plan this is a version of: its first version's id. */
  public UUID getSeriesId() {
    return seriesId;
  }

  public int getVersionNo() {
    return versionNo;
  }

  public UUID getSupersedesId() {
    return supersedesId;
  }

  public Instant getSupersededAt() {
    return supersededAt;
  }

  public String getAuthorisedBy() {
    return authorisedBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  /** The case moved to another team and worker: its reviews go to them from now on. */
  void reallocate(String team, String worker) {
    this.team = team;
    this.allocatedWorker = worker;
  }
}
