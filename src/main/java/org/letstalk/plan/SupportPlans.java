package org.letstalk.plan;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.letstalk.person.PersonRepository;
import org.letstalk.store.Idempotent;
import org.letstalk.validation.InputRejectedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life of a support plan: drafted in Let's Talk 3, active once funding is authorised (its model then starts
 * the plan's review cycle), changed or ended only through a review [W ¶193].
 */
@Service
@Transactional
public class SupportPlans {

  private final SupportPlanRepository plans;
  private final SupportPlanItemRepository items;
  private final PersonRepository people;
  private final Clock clock;

  public SupportPlans(SupportPlanRepository plans, SupportPlanItemRepository items, PersonRepository people,
      Clock clock) {
    this.plans = plans;
    this.items = items;
    this.people = people;
    this.clock = clock;
  }

  public SupportPlan draft(UUID personId, PlanType type, Delivery delivery, BigDecimal weeklyCost,
      String allocatedWorker, String team) {
    if (!people.existsById(personId)) {
      throw new InputRejectedException("personId", "no such person");
    }
    return plans.saveAndFlush(SupportPlan.draft(personId, type, delivery, weeklyCost, allocatedWorker, team,
        clock.instant()));
  }

  /** Writes a draft's lines, replacing any earlier ones: a plan returned by the authoriser is revised whole. */
  public SupportPlan writeLines(UUID planId, Delivery delivery, List<SupportPlanItem.Line> lines) {
    SupportPlan plan = get(planId);
    if (plan.getStatus() != PlanStatus.DRAFT) {
      throw new InputRejectedException("supportPlanId", "plan is " + plan.getStatus() + ", not a draft");
    }
    if (lines.isEmpty()) {
      throw new InputRejectedException("item1_outcome", "a plan needs at least one outcome");
    }
    items.deleteByPlanId(planId);
    items.flush();
    for (int i = 0; i < lines.size(); i++) {
      items.save(SupportPlanItem.of(planId, i + 1, lines.get(i)));
    }
    plan.revise(delivery, lines.stream().map(SupportPlanItem.Line::weeklyCost).reduce(BigDecimal.ZERO, BigDecimal::add));
    plans.flush();
    return plan;
  }

  @Transactional(readOnly = true)
  public List<SupportPlanItem> lines(UUID planId) {
    return items.findByPlanIdOrderByPosition(planId);
  }

  @Transactional(readOnly = true)
  public List<SupportPlan> draftsFor(UUID personId) {
    return plans.findByPersonIdAndStatus(personId, PlanStatus.DRAFT);
  }

  /** Makes the plan active; activating again changes nothing. Its model then starts the plan's review cycle. */
  public SupportPlan activate(UUID planId) {
    return Idempotent.change(get(planId), plan -> plan.getAuthorisedAt() != null, plan -> {
      if (plan.getStatus() != PlanStatus.DRAFT) {
        throw new InputRejectedException("supportPlanId", "plan is " + plan.getStatus() + ", not a draft");
      }
      plan.activate(clock.instant());
    });
  }

  /** The plan's one review cycle [W ¶181]: once started, the plan names it and no second one is started. */
  public SupportPlan reviewCycleStarted(UUID planId, String processInstanceId) {
    SupportPlan plan = get(planId);
    plan.reviewCycleStarted(processInstanceId);
    plans.flush();
    return plan;
  }

  /**
   * Adds replacement care to the cared-for person's active plan for the time out a carer's plan gives the carer;
   * the line names the carer's plan, so adding it again changes nothing.
   */
  public SupportPlanItem addReplacementCare(UUID caredForPlanId, SupportPlanItem.Line line, UUID carerPlanId) {
    SupportPlan plan = get(caredForPlanId);
    if (plan.getStatus() != PlanStatus.ACTIVE) {
      throw new InputRejectedException("caredForPlanId", "plan is " + plan.getStatus() + ", not active");
    }
    List<SupportPlanItem> existing = items.findByPlanIdOrderByPosition(caredForPlanId);
    for (SupportPlanItem item : existing) {
      if (carerPlanId.equals(item.getForCarerPlanId())) {
        return item;
      }
    }
    SupportPlanItem added = items.saveAndFlush(
        SupportPlanItem.forCarerPlan(caredForPlanId, existing.size() + 1, line, carerPlanId));
    plan.changeWeeklyCost(plan.getWeeklyCost() == null ? line.weeklyCost() : plan.getWeeklyCost().add(line.weeklyCost()));
    plans.flush();
    return added;
  }

  @Transactional(readOnly = true)
  public List<SupportPlan> activeFor(UUID personId) {
    return plans.findByPersonIdAndStatus(personId, PlanStatus.ACTIVE);
  }

  /** A review's change of cost, once authorised. */
  public void changeWeeklyCost(UUID planId, BigDecimal cost) {
    get(planId).changeWeeklyCost(cost);
  }

  /** Ends the plan, naming the review that decided it; the schema refuses an ended plan without one. */
  public void endAfterReview(UUID planId, UUID reviewId) {
    SupportPlan plan = get(planId);
    if (plan.getStatus() == PlanStatus.ACTIVE) {
      plan.end(reviewId, clock.instant());
    }
  }

  @Transactional(readOnly = true)
  public SupportPlan get(UUID planId) {
    return plans.findById(planId).orElseThrow(() -> new InputRejectedException("supportPlanId", "no such plan"));
  }
}
