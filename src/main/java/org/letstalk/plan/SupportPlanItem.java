package org.letstalk.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;
import org.letstalk.store.Identified;

/** One line of a support plan: an outcome, what meets it, who provides it, how often and at what weekly cost. */
@Entity
@Table(name = "support_plan_item")
public class SupportPlanItem extends Identified {

  @Column(name = "plan_id", nullable = false)
  private UUID planId;

  @Column(name = "position", nullable = false)
  private int position;

  @Column(name = "outcome", nullable = false)
  private String outcome;

  @Column(name = "how_it_is_met", nullable = false)
  private String howItIsMet;

  @Column(name = "provider")
  private String provider;

  @Column(name = "frequency")
  private String frequency;

  @Column(name = "weekly_cost", nullable = false)
  private BigDecimal weeklyCost;

  /** Replacement care while a carer has time out: the carer's plan this line is there for. */
  @Column(name = "for_carer_plan_id")
  private UUID forCarerPlanId;

  protected SupportPlanItem() {
  }

  /** What a plan line says, before it belongs to a plan. */
  public record Line(String outcome, String howItIsMet, String provider, String frequency, BigDecimal weeklyCost) {
  }

  static SupportPlanItem of(UUID planId, int position, Line line) {
    SupportPlanItem item = new SupportPlanItem();
    item.planId = planId;
    item.position = position;
    item.outcome = line.outcome();
    item.howItIsMet = line.howItIsMet();
    item.provider = line.provider();
    item.frequency = line.frequency();
    item.weeklyCost = line.weeklyCost();
    return item;
  }

  /** The same line on the plan's next version. */
  SupportPlanItem copyTo(UUID nextVersionId) {
    SupportPlanItem copy = of(nextVersionId, position, new Line(outcome, howItIsMet, provider, frequency, weeklyCost));
    copy.forCarerPlanId = forCarerPlanId;
    return copy;
  }

  static SupportPlanItem forCarerPlan(UUID planId, int position, Line line, UUID carerPlanId) {
    SupportPlanItem item = of(planId, position, line);
    item.forCarerPlanId = carerPlanId;
    return item;
  }

  public UUID getPlanId() {
    return planId;
  }

  public int getPosition() {
    return position;
  }

  public String getOutcome() {
    return outcome;
  }

  public String getHowItIsMet() {
    return howItIsMet;
  }

  public String getProvider() {
    return provider;
  }

  public String getFrequency() {
    return frequency;
  }

  public BigDecimal getWeeklyCost() {
    return weeklyCost;
  }

  public UUID getForCarerPlanId() {
    return forCarerPlanId;
  }
}
