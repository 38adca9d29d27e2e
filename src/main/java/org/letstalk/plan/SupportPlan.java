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

/** A person's long-term support plan; active from funding authorisation until a review ends it. */
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

  @Column(name = "review_process_instance_id")
  private String reviewProcessInstanceId;

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
    return plan;
  }

  void activate(Instant now) {
    status = PlanStatus.ACTIVE;
    authorisedAt = now;
  }

  void reviewCycleStarted(String processInstanceId) {
    reviewProcessInstanceId = processInstanceId;
  }

  void revise(Delivery delivery, BigDecimal weeklyCost) {
    this.delivery = delivery;
    this.weeklyCost = weeklyCost;
  }

  void changeWeeklyCost(BigDecimal cost) {
    weeklyCost = cost;
  }

  void end(UUID reviewId, Instant now) {
    status = PlanStatus.ENDED;
    endedByReviewId = reviewId;
    endedAt = now;
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
}
