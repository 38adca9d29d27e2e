package org.letstalk.plan;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.letstalk.person.PersonRepository;
import org.letstalk.validation.InputRejectedException;
import org.letstalk.workflow.Workflow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life of a support plan: drafted in Let's Talk 3, active once funding is authorised (which starts its
 * review cycle), changed or ended only through a review [W ¶193].
 */
@Service
@Transactional
public class SupportPlans {

  public static final String REVIEW_CYCLE = "review-cycle";

  private final SupportPlanRepository plans;
  private final SupportPlanItemRepository items;
  private final PersonRepository people;
  private final Workflow workflow;
  private final Clock clock;

  public SupportPlans(SupportPlanRepository plans, SupportPlanItemRepository items, PersonRepository people,
      Workflow workflow, Clock clock) {
    this.plans = plans;
    this.items = items;
    this.people = people;
    this.workflow = workflow;
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

  /** Makes the plan active and starts its one review cycle; activating again changes nothing. */
  public SupportPlan activate(UUID planId) {
    SupportPlan plan = get(planId);
    if (plan.getReviewProcessInstanceId() != null) {
      return plan;
    }
    if (plan.getStatus() != PlanStatus.DRAFT) {
      throw new InputRejectedException("supportPlanId", "plan is " + plan.getStatus() + ", not a draft");
    }
    plan.activate(clock.instant());
    String personName = people.findById(plan.getPersonId()).orElseThrow().getFullName();
    Map<String, Object> variables = new HashMap<>();
    variables.put("supportPlanId", planId.toString());
    variables.put("personId", plan.getPersonId().toString());
    variables.put("personName", personName);
    variables.put("planType", plan.getPlanType().name());
    variables.put("team", plan.getTeam());
    if (plan.getAllocatedWorker() != null) {
      variables.put("allocatedWorker", plan.getAllocatedWorker());
    }
    ProcessInstance cycle = workflow.start(REVIEW_CYCLE, planId.toString(), variables);
    plan.reviewCycleStarted(cycle.getId());
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
