package org.letstalk.crisis;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.letstalk.authorisation.LongTermFunding;
import org.letstalk.conversation.Conversation;
import org.letstalk.store.Idempotent;
import org.letstalk.validation.InputRejectedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Crisis plans, their check-ins and spends. Also the guard every long-term funding decision passes: never plan
 * long-term in a crisis [T 1.21, 2.43, 2.51].
 */
@Service("crisisPlans")
@Transactional
public class CrisisPlans implements LongTermFunding.Guard {

  static final int SHORTEST_PLAN_DAYS = 7;
  static final int LONGEST_PLAN_DAYS = 56;

  private final CrisisPlanRepository plans;
  private final CrisisCheckInRepository checkIns;
  private final SpendRepository spends;
  private final CrisisSettings settings;
  private final CrisisPlanDocuments documents;
  private final Clock clock;

  public CrisisPlans(CrisisPlanRepository plans, CrisisCheckInRepository checkIns, SpendRepository spends,
      CrisisSettings settings, CrisisPlanDocuments documents, Clock clock) {
    this.plans = plans;
    this.checkIns = checkIns;
    this.spends = spends;
    this.settings = settings;
    this.documents = documents;
    this.clock = clock;
  }

  /** Refuses a long-term funding decision while the person has an active crisis plan. */
  @Override
  @Transactional(readOnly = true)
  public void assertNoActiveCrisisPlan(UUID personId) {
    if (plans.existsByPersonIdAndStatus(personId, CrisisPlanStatus.ACTIVE)) {
      throw new InputRejectedException("longTermFunding",
          "no long-term funding decision while a Let's Talk 2 crisis plan is active");  // [T 2.43, 2.51]
    }
  }

  @Transactional(readOnly = true)
  public boolean hasActivePlan(UUID personId) {
    return plans.existsByPersonIdAndStatus(personId, CrisisPlanStatus.ACTIVE);
  }

  /** A new plan, ending 1 to 8 weeks ahead [T 2.43]. */
  CrisisPlan make(String taskId, Conversation conversation, PlanForm form, String by) {
    CrisisPlan plan = Idempotent.write(plans, plans.findByTaskId(taskId), () -> {
      LocalDate today = LocalDate.now(clock);
      if (form.endsOn().isBefore(today.plusDays(SHORTEST_PLAN_DAYS))
          || form.endsOn().isAfter(today.plusDays(LONGEST_PLAN_DAYS))) {
        throw new InputRejectedException("planEndDate", "a crisis plan lasts between 1 and 8 weeks: choose a date from "
            + today.plusDays(SHORTEST_PLAN_DAYS) + " to " + today.plusDays(LONGEST_PLAN_DAYS));  // [T 2.43]
      }
      return CrisisPlan.made(taskId, conversation, today, form.endsOn(), form.actions(), by, clock.instant());
    });
    documents.made(plan, conversation.getTodayAndTomorrow());
    return plan;
  }

  /** A spend recorded with the plan, if any: made at once up to the limit, otherwise held for approval. */
  Spend spendIfAny(String taskId, CrisisPlan plan, SpendForm form, String by) {
    if (form == null) {
      return null;
    }
    return Idempotent.write(spends, spends.findByTaskId(taskId), () -> Spend.requested(taskId, plan, form.amount(),
        form.purpose(), settings.spendLimit(), by, clock.instant()));
  }

  public void spendDecided(UUID spendId, boolean approved) {
    spends.findById(spendId).orElseThrow().decided(approved, clock.instant());
  }

  public CrisisCheckIn checkIn(String taskId, UUID planId, CheckInForm form, String by) {
    return Idempotent.write(checkIns, checkIns.findByTaskId(taskId), () -> new CrisisCheckIn(taskId,
        plans.findById(planId).orElseThrow(), by, clock.instant(), form.planWorking(), form.notes()));
  }

  /**
   * A check-in still open when its plan ends: kept as ended by the plan's end, once, whichever end it was. A
   * check-in already done stays as it was.
   */
  public CrisisCheckIn checkInEndedWithPlan(String taskId, UUID planId) {
    return Idempotent.write(checkIns, checkIns.findByTaskId(taskId),
        () -> CrisisCheckIn.endedWithPlan(taskId, plans.findById(planId).orElseThrow(), clock.instant()));
  }

  void end(UUID planId, CrisisPlanStatus status, String reason, String by) {
    plans.findById(planId).orElseThrow().end(status, reason, by, clock.instant());
  }

  @Transactional(readOnly = true)
  public CrisisPlan plan(UUID planId) {
    return plans.findById(planId).orElseThrow();
  }
}
