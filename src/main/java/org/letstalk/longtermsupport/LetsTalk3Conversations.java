package org.letstalk.longtermsupport;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.letstalk.conversation.Conversations;
import org.letstalk.plan.Delivery;
import org.letstalk.plan.PlanType;
import org.letstalk.plan.SupportPlan;
import org.letstalk.plan.SupportPlanItem;
import org.letstalk.plan.SupportPlans;
import org.letstalk.validation.FormInput;
import org.letstalk.validation.InputRejectedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Let's Talk 3, build a good life [T 2.52-2.61]: the analysis, the financial assessment, the personal budget and
 * plan, or the written decision when the needs are not eligible. Every step is keyed by the process instance, so
 * a retried step finds what it wrote.
 */
@Service
@Transactional
public class LetsTalk3Conversations {

  /** Plan lines the support plan form offers. */
  public static final int PLAN_LINES = 4;

  private final LetsTalk3Repository records;
  private final Conversations conversations;
  private final SupportPlans plans;
  private final Clock clock;

  public LetsTalk3Conversations(LetsTalk3Repository records, Conversations conversations, SupportPlans plans,
      Clock clock) {
    this.records = records;
    this.conversations = conversations;
    this.plans = plans;
    this.clock = clock;
  }

  /** Opens the record and notes whether a Let's Talk 1 or 2 came first in the involvement [golden rule 2]. */
  public LetsTalk3 start(String processInstanceId, UUID personId, UUID involvementId) {
    return records.findByProcessInstanceId(processInstanceId).orElseGet(() -> records.saveAndFlush(
        LetsTalk3.start(processInstanceId, personId, involvementId, conversations.anyHeldIn(involvementId),
            clock.instant())));
  }

  /** Why Let's Talk 1 and 2 are left out; a team manager then decides. */
  public LetsTalk3 askToOmit(String processInstanceId, Map<String, ?> values, String by) {
    LetsTalk3 record = get(processInstanceId);
    record.omissionAsked(FormInput.of(values).requiredText("omissionReason", FormInput.LONG_TEXT), by);
    return record;
  }

  public Analysis analyse(String processInstanceId, Map<String, ?> values, String by) {
    Analysis analysis = Analysis.from(FormInput.of(values));
    get(processInstanceId).analysed(analysis, by, clock.instant());
    return analysis;
  }

  public LetsTalk3 assessFinances(String processInstanceId, Map<String, ?> values) {
    FormInput in = FormInput.of(values);
    FinancialOutcome outcome = in.requiredChoice("financialOutcome", FinancialOutcome.class);
    BigDecimal contribution = in.optionalAmount("weeklyContribution");
    if (outcome == FinancialOutcome.WEEKLY_CONTRIBUTION && (contribution == null || contribution.signum() == 0)) {
      throw new InputRejectedException("weeklyContribution", "say what the person pays each week");
    }
    LetsTalk3 record = get(processInstanceId);
    record.financiallyAssessed(uuid(in, "eligibilityDeterminationId"), outcome,
        outcome == FinancialOutcome.WEEKLY_CONTRIBUTION ? contribution : null);
    return record;
  }

  /** The personal budget and the plan's lines; a plan sent back by the authoriser is revised in place. */
  public SupportPlan plan(String processInstanceId, Map<String, ?> values, String by, String team) {
    FormInput in = FormInput.of(values);
    BigDecimal budget = in.requiredAmount("personalBudget");
    Delivery delivery = in.requiredChoice("delivery", Delivery.class);
    List<SupportPlanItem.Line> lines = lines(in);
    LetsTalk3 record = get(processInstanceId);
    UUID planId = record.getSupportPlanId() != null ? record.getSupportPlanId()
        : plans.draft(record.getPersonId(), PlanType.CARE_AND_SUPPORT, delivery, null, by, team).getId();
    SupportPlan plan = plans.writeLines(planId, delivery, lines);
    record.planned(budget, planId);
    return plan;
  }

  private static List<SupportPlanItem.Line> lines(FormInput in) {
    List<SupportPlanItem.Line> lines = new ArrayList<>();
    for (int n = 1; n <= PLAN_LINES; n++) {
      String prefix = "item" + n + "_";
      if (!(in.has(prefix + "outcome") || in.has(prefix + "howItIsMet") || in.has(prefix + "weeklyCost"))) {
        continue;
      }
      lines.add(new SupportPlanItem.Line(in.requiredText(prefix + "outcome", 1000),
          in.requiredText(prefix + "howItIsMet", 1000), in.optionalText(prefix + "provider", FormInput.SHORT_TEXT),
          in.optionalText(prefix + "frequency", FormInput.SHORT_TEXT), in.requiredAmount(prefix + "weeklyCost")));
    }
    if (lines.isEmpty()) {
      throw new InputRejectedException("item1_outcome", "a plan needs at least one outcome");
    }
    return lines;
  }

  /** Not eligible: the written decision, information and advice, and the right to challenge [T 2.58-2.61]. */
  public LetsTalk3 notEligible(String processInstanceId, Map<String, ?> values) {
    FormInput in = FormInput.of(values);
    String decision = in.requiredText("eligibilityDecision", FormInput.LONG_TEXT);
    String advice = in.requiredText("informationAndAdvice", FormInput.LONG_TEXT);
    if (!in.optionalFlag("rightToChallengeExplained")) {
      throw new InputRejectedException("rightToChallengeExplained",
          "explain the right to challenge the decision [T 2.59]");
    }
    LetsTalk3Outcome next = in.requiredChoice("nextStep", LetsTalk3Outcome.class);
    if (next == LetsTalk3Outcome.LONG_TERM_SUPPORT) {
      throw new InputRejectedException("nextStep", "needs that are not eligible go back to Let's Talk 1 or close");
    }
    String rationale = in.requiredText("nextStepRationale", FormInput.LONG_TEXT);
    LetsTalk3 record = get(processInstanceId);
    record.notEligible(uuid(in, "eligibilityDeterminationId"), decision, advice);
    record.concluded(next, rationale, clock.instant());
    return record;
  }

  public LetsTalk3 conclude(String processInstanceId, LetsTalk3Outcome outcome, String rationale) {
    LetsTalk3 record = get(processInstanceId);
    record.concluded(outcome, rationale, clock.instant());
    return record;
  }

  @Transactional(readOnly = true)
  public LetsTalk3 get(String processInstanceId) {
    return records.findByProcessInstanceId(processInstanceId)
        .orElseThrow(() -> new IllegalStateException("No Let's Talk 3 for process " + processInstanceId));
  }

  private static UUID uuid(FormInput in, String field) {
    String text = in.optionalText(field, FormInput.SHORT_TEXT);
    return text == null ? null : UUID.fromString(text);
  }
}
