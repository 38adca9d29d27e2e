package org.letstalk.longtermsupport;

import java.time.Clock;
import java.util.UUID;
import org.letstalk.conversation.Conversations;
import org.letstalk.plan.PlanType;
import org.letstalk.plan.SupportPlan;
import org.letstalk.plan.SupportPlans;
import org.letstalk.store.Idempotent;
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

  private final LetsTalk3Repository records;
  private final Conversations conversations;
  private final SupportPlans plans;
  private final LetsTalk3Documents documents;
  private final Clock clock;

  public LetsTalk3Conversations(LetsTalk3Repository records, Conversations conversations, SupportPlans plans,
      LetsTalk3Documents documents, Clock clock) {
    this.records = records;
    this.conversations = conversations;
    this.plans = plans;
    this.documents = documents;
    this.clock = clock;
  }

  /** Opens the record and notes whether a Let's Talk 1 or 2 came first in the involvement [T 1.19, 2.55]. */
  public LetsTalk3 start(String processInstanceId, UUID personId, UUID involvementId) {
    return Idempotent.write(records, records.findByProcessInstanceId(processInstanceId), () -> LetsTalk3.start(
        processInstanceId, personId, involvementId, conversations.anyHeldIn(involvementId), clock.instant()));
  }

  /** Why Let's Talk 1 and 2 are left out; a team manager then decides. */
  public LetsTalk3 askToOmit(String processInstanceId, String reason, String by) {
    LetsTalk3 record = get(processInstanceId);
    record.omissionAsked(reason, by);
    return record;
  }

  public Analysis analyse(String processInstanceId, Analysis analysis, String by) {
    LetsTalk3 record = get(processInstanceId);
    record.analysed(analysis, by, clock.instant());
    documents.held(record, analysis);
    return analysis;
  }

  public LetsTalk3 assessFinances(String processInstanceId, FinancialAssessment assessment) {
    LetsTalk3 record = get(processInstanceId);
    record.financiallyAssessed(assessment.eligibilityDeterminationId(), assessment.outcome(),
        assessment.outcome() == FinancialOutcome.WEEKLY_CONTRIBUTION ? assessment.weeklyContribution() : null);
    return record;
  }

  /** The personal budget and the plan's lines; a plan sent back by the authoriser is revised in place. */
  public SupportPlan plan(String processInstanceId, LetsTalk3Plan form, String by, String team) {
    LetsTalk3 record = get(processInstanceId);
    UUID planId = record.getSupportPlanId() != null ? record.getSupportPlanId()
        : plans.draft(record.getPersonId(), form.residential() ? PlanType.RESIDENTIAL_CARE : PlanType.CARE_AND_SUPPORT,
            form.delivery(), null, by, team).getId();
    SupportPlan plan = plans.writeLines(planId, form.delivery(), form.lines());
    record.planned(form.personalBudget(), planId);
    return plan;
  }

  /** Not eligible: the written decision, information and advice, and the right to challenge [T 2.58-2.61]. */
  public LetsTalk3 notEligible(String processInstanceId, NotEligibleDecision decision) {
    LetsTalk3 record = get(processInstanceId);
    record.notEligible(decision.eligibilityDeterminationId(), decision.writtenDecision(),
        decision.informationAndAdvice());
    record.concluded(decision.next(), decision.rationale(), clock.instant());
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
}
