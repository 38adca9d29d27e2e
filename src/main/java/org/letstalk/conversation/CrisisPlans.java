package org.letstalk.conversation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.letstalk.validation.FormInput;
import org.letstalk.validation.InputRejectedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Crisis plans, their check-ins and spends. Also the guard of golden rule 3 that every long-term funding
 * decision calls: never plan long-term in a crisis [T 1.21, 2.43, 2.51].
 */
@Service("crisisPlans")
@Transactional
public class CrisisPlans {

  static final int SHORTEST_PLAN_DAYS = 7;
  static final int LONGEST_PLAN_DAYS = 56;
  static final int MAX_ACTIONS = 30;

  private final CrisisPlanRepository plans;
  private final CrisisCheckInRepository checkIns;
  private final SpendRepository spends;
  private final CrisisSettings settings;
  private final Clock clock;

  public CrisisPlans(CrisisPlanRepository plans, CrisisCheckInRepository checkIns, SpendRepository spends,
      CrisisSettings settings, Clock clock) {
    this.plans = plans;
    this.checkIns = checkIns;
    this.spends = spends;
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * Refuses a long-term funding decision while the person has an active crisis plan. Call it from every step
   * that decides or requests long-term funding.
   */
  @Transactional(readOnly = true)
  public void assertNoActiveCrisisPlan(UUID personId) {
    if (plans.existsByPersonIdAndStatus(personId, CrisisPlanStatus.ACTIVE)) {
      throw new InputRejectedException("longTermFunding",
          "no long-term funding decision while a Let's Talk 2 crisis plan is active [T 2.43, 2.51]");
    }
  }

  @Transactional(readOnly = true)
  public boolean hasActivePlan(UUID personId) {
    return plans.existsByPersonIdAndStatus(personId, CrisisPlanStatus.ACTIVE);
  }

  /** A new plan from the submitted form: actions (one a line) and an end date 1 to 8 weeks ahead. */
  CrisisPlan make(String taskId, Conversation conversation, Map<String, ?> values, String by) {
    return plans.findByTaskId(taskId).orElseGet(() -> {
      FormInput in = FormInput.of(values);
      List<String> actions = actions(in);
      LocalDate today = LocalDate.now(clock);
      LocalDate endsOn = in.requiredDate("planEndDate");
      if (endsOn.isBefore(today.plusDays(SHORTEST_PLAN_DAYS)) || endsOn.isAfter(today.plusDays(LONGEST_PLAN_DAYS))) {
        throw new InputRejectedException("planEndDate", "a crisis plan lasts between 1 and 8 weeks: choose a date from "
            + today.plusDays(SHORTEST_PLAN_DAYS) + " to " + today.plusDays(LONGEST_PLAN_DAYS) + " [T 2.43]");
      }
      return plans.saveAndFlush(CrisisPlan.made(taskId, conversation, today, endsOn, actions, by, clock.instant()));
    });
  }

  private static List<String> actions(FormInput in) {
    String text = in.requiredText("planActions", FormInput.LONG_TEXT);
    List<String> actions = Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    if (actions.size() > MAX_ACTIONS) {
      throw new InputRejectedException("planActions", "at most " + MAX_ACTIONS + " actions, one a line");
    }
    if (actions.stream().anyMatch(a -> a.length() > 1000)) {
      throw new InputRejectedException("planActions", "each action is at most 1000 characters");
    }
    return actions;
  }

  /** A spend recorded with the plan, if the form has one: made at once up to the limit, otherwise held for approval. */
  Spend spendIfAny(String taskId, CrisisPlan plan, Map<String, ?> values, String by) {
    FormInput in = FormInput.of(values);
    if (!in.has("spendAmount") && !in.has("spendPurpose")) {
      return null;
    }
    return spends.findByTaskId(taskId).orElseGet(() -> {
      BigDecimal amount = in.requiredAmount("spendAmount");
      if (amount.signum() == 0) {
        throw new InputRejectedException("spendAmount", "must be more than £0");
      }
      String purpose = in.requiredText("spendPurpose", 1000);
      return spends.saveAndFlush(
          Spend.requested(taskId, plan, amount, purpose, settings.spendLimit(), by, clock.instant()));
    });
  }

  void spendDecided(UUID spendId, boolean approved) {
    spends.findById(spendId).orElseThrow().decided(approved, clock.instant());
  }

  CrisisCheckIn checkIn(String taskId, UUID planId, Map<String, ?> values, String by) {
    return checkIns.findByTaskId(taskId).orElseGet(() -> {
      FormInput in = FormInput.of(values);
      String notes = in.requiredText("checkInNotes", FormInput.LONG_TEXT);
      boolean working = in.requiredFlag("planWorking");
      CrisisPlan plan = plans.findById(planId).orElseThrow();
      return checkIns.saveAndFlush(new CrisisCheckIn(taskId, plan, by, clock.instant(), working, notes));
    });
  }

  void end(UUID planId, CrisisPlanStatus status, String reason, String by) {
    plans.findById(planId).orElseThrow().end(status, reason, by, clock.instant());
  }

  @Transactional(readOnly = true)
  public CrisisPlan plan(UUID planId) {
    return plans.findById(planId).orElseThrow();
  }
}
