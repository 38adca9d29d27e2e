package org.letstalk.plan;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.letstalk.person.PersonRepository;
import org.letstalk.store.Idempotent;
import org.letstalk.validation.ConflictException;
import org.letstalk.validation.InputRejectedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life of a support plan: drafted in Let's Talk 3, active once funding is authorised (its model then starts
 * the plan's review cycle), ended only through a review [W ¶193]. A plan has versions and one is in force:
 * a revision (a reassessment's Let's Talk 3, a review's change, a Let's Talk 1 funding change, a carer's
 * replacement care) is drafted as the next version and, once authorised, supersedes the version in force in the
 * same transaction. The schema keeps one version in force per person and kind of plan
 * (support_plan_one_in_force); every version stays readable.
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

  /**
   * A plan for the person: the next version of their plan of this kind when one is in force (a reassessment's
   * Let's Talk 3), otherwise the first version of a new plan.
   */
  public SupportPlan draft(UUID personId, PlanType type, Delivery delivery, BigDecimal weeklyCost,
      String allocatedWorker, String team) {
    if (!people.existsById(personId)) {
      throw new InputRejectedException("personId", "no such person");
    }
    Optional<SupportPlan> inForce = plans.findByInForcePersonIdAndInForceKind(personId, type.kind());
    if (inForce.isPresent()) {
      return revise(inForce.get().getId(), type, delivery, weeklyCost, allocatedWorker, false);
    }
    return plans.saveAndFlush(SupportPlan.draft(personId, type, delivery, weeklyCost, allocatedWorker, team,
        clock.instant()));
  }

  /**
   * Drafts the next version of the version in force, its lines copied unless {@code freshLines}; refused with a
   * conflict naming the plan when that version is no longer in force (superseded, ended, or still a draft).
   */
  public SupportPlan revise(UUID versionId, PlanType type, Delivery delivery, BigDecimal weeklyCost, String worker,
      boolean freshLines) {
    SupportPlan current = get(versionId);
    assertInForce(current);
    int latest = plans.findBySeriesIdOrderByVersionNo(current.getSeriesId()).stream()
        .mapToInt(SupportPlan::getVersionNo).max().orElse(current.getVersionNo());
    SupportPlan next = plans.saveAndFlush(current.nextVersion(type == null ? current.getPlanType() : type,
        delivery == null ? current.getDelivery() : delivery,
        weeklyCost == null ? current.getWeeklyCost() : weeklyCost, worker, latest + 1, clock.instant()));
    if (!freshLines) {
      for (SupportPlanItem item : items.findByPlanIdOrderByPosition(versionId)) {
        items.save(item.copyTo(next.getId()));
      }
      items.flush();
    }
    return next;
  }

  /** The next version of the person's plan of this kind in force; a conflict when none is. */
  public SupportPlan reviseInForce(UUID personId, PlanType type, BigDecimal weeklyCost, String worker) {
    SupportPlan inForce = plans.findByInForcePersonIdAndInForceKind(personId, type.kind())
        .orElseThrow(() -> new ConflictException("there is no " + kindWords(type) + " plan in force for this person"
            + " to revise; nothing was stored"));
    return revise(inForce.getId(), null, null, weeklyCost, worker, false);
  }

  private void assertInForce(SupportPlan version) {
    if (version.getStatus() != PlanStatus.ACTIVE) {
      String now = plans.findBySeriesIdAndStatus(version.getSeriesId(), PlanStatus.ACTIVE)
          .map(v -> "version " + v.getVersionNo() + " is in force now; revise that one")
          .orElse("no version of it is in force");
      throw new ConflictException("plan " + version.getSeriesId() + " version " + version.getVersionNo() + " is "
          + version.getStatus().name().toLowerCase(java.util.Locale.ROOT) + ": " + now + "; nothing was stored");
    }
  }

  private static String kindWords(PlanType type) {
    return type == PlanType.CARER_SUPPORT ? "carer's" : "care and support";
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

  /**
   * Puts the authorised version in force; activating again changes nothing. A later version supersedes the
   * version in force in the same transaction; when that one is no longer in force (another revision was
   * authorised first) it is a conflict naming the plan. The model then starts, or reschedules, the plan's cycle.
   */
  public SupportPlan activate(UUID planId, String authorisedBy) {
    return Idempotent.change(get(planId), plan -> plan.getAuthorisedAt() != null, plan -> {
      if (plan.getStatus() != PlanStatus.DRAFT) {
        throw new InputRejectedException("supportPlanId", "plan is " + plan.getStatus() + ", not a draft");
      }
      if (plan.getSupersedesId() != null) {
        SupportPlan previous = get(plan.getSupersedesId());
        assertInForce(previous);
        previous.supersede(clock.instant());
        plans.flush();
      }
      plan.activate(authorisedBy, clock.instant());
      plans.flush();
    });
  }

  /** The plan's version in force, if any: {@code planId} is any version's id or the plan's own. */
  @Transactional(readOnly = true)
  public Optional<SupportPlan> inForce(UUID planId) {
    return plans.findBySeriesIdAndStatus(get(planId).getSeriesId(), PlanStatus.ACTIVE);
  }

  /** The plan's latest version: the one in force, or the last one when the plan has ended. */
  @Transactional(readOnly = true)
  public SupportPlan current(UUID planId) {
    List<SupportPlan> versions = versions(planId);
    return versions.stream().filter(v -> v.getStatus() == PlanStatus.ACTIVE).findFirst()
        .orElse(versions.get(versions.size() - 1));
  }

  /** Every version of the plan, first to latest: cost, delivery, who authorised it and when. */
  @Transactional(readOnly = true)
  public List<SupportPlan> versions(UUID planId) {
    return plans.findBySeriesIdOrderByVersionNo(get(planId).getSeriesId());
  }

  /**
   * The plan's one review cycle [W ¶181], named on its first version: once started, the plan names it and no
   * second one is started for any later version.
   */
  public SupportPlan reviewCycleStarted(UUID planId, String processInstanceId) {
    SupportPlan plan = get(get(planId).getSeriesId());
    plan.reviewCycleStarted(processInstanceId);
    plans.flush();
    return plan;
  }

  /**
   * Adds replacement care for the time out a carer's plan gives the carer to the cared-for person's plan, as its
   * next version, put in force with the carer's plan that authorised it [W ¶161(ii)]; the line names the carer's
   * plan, so adding it again changes nothing.
   */
  public SupportPlanItem addReplacementCare(UUID caredForPlanId, SupportPlanItem.Line line, UUID carerPlanId,
      String authorisedBy) {
    SupportPlan inForce = inForce(caredForPlanId).orElseThrow(() -> new ConflictException("plan "
        + get(caredForPlanId).getSeriesId() + " of the person cared for is not in force; nothing was stored"));
    List<SupportPlanItem> existing = items.findByPlanIdOrderByPosition(inForce.getId());
    for (SupportPlanItem item : existing) {
      if (carerPlanId.equals(item.getForCarerPlanId())) {
        return item;
      }
    }
    BigDecimal cost = inForce.getWeeklyCost() == null ? line.weeklyCost() : inForce.getWeeklyCost().add(line.weeklyCost());
    SupportPlan next = revise(inForce.getId(), null, null, cost, null, false);
    SupportPlanItem added = items.saveAndFlush(
        SupportPlanItem.forCarerPlan(next.getId(), existing.size() + 1, line, carerPlanId));
    activate(next.getId(), authorisedBy);
    return added;
  }

  /**
   * The person's case moved to another team and worker: each plan in force now names them, and its reviews go to
   * them (the plan's team is the queue its reviews wait in). Carers' plans stay with the carers' centre.
   */
  public void reallocate(UUID personId, String teamQueue, String worker) {
    activeFor(personId).stream().filter(plan -> plan.getPlanType() != PlanType.CARER_SUPPORT)
        .forEach(plan -> plan.reallocate(teamQueue, worker));
  }

  /** The versions in force of the person's plans, one per kind at most. */
  @Transactional(readOnly = true)
  public List<SupportPlan> activeFor(UUID personId) {
    return plans.findByPersonIdAndStatus(personId, PlanStatus.ACTIVE);
  }

  /**
   * A review's change, authorised when its cost needed it: the next version of the plan at the new weekly cost,
   * put in force at once, superseding the version reviewed.
   */
  public SupportPlan applyReviewedChange(UUID planId, BigDecimal cost, String authorisedBy) {
    SupportPlan inForce = inForce(planId).orElseThrow(() -> new ConflictException("plan "
        + get(planId).getSeriesId() + " has no version in force to change; nothing was stored"));
    SupportPlan next = revise(inForce.getId(), null, null, cost, null, false);
    return activate(next.getId(), authorisedBy);
  }

  /** Ends the plan's version in force, naming the review that decided it; the schema refuses an ended plan without one. */
  public void endAfterReview(UUID planId, UUID reviewId) {
    inForce(planId).ifPresent(plan -> {
      plan.end(reviewId, clock.instant());
      plans.flush();
    });
  }

  /** The person died: every plan of theirs in force ends, with no review to hold. */
  public List<SupportPlan> endOnDeath(UUID personId) {
    List<SupportPlan> inForce = activeFor(personId);
    inForce.forEach(plan -> plan.endByDeath(clock.instant()));
    plans.flush();
    return inForce;
  }

  @Transactional(readOnly = true)
  public SupportPlan get(UUID planId) {
    return plans.findById(planId).orElseThrow(() -> new InputRejectedException("supportPlanId", "no such plan"));
  }
}
