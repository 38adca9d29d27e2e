package org.letstalk.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Every figure of the managers' dashboard for one period and team; the page draws it and /api/metrics returns it. */
public record Dashboard(Scope scope, Contacts contacts, Conversations conversations, Concluded concluded,
    FirstConversation firstConversation, CrisisPlans crisisPlans, Reviews reviews, Safeguarding safeguarding,
    Funding funding, List<AuditPrinciple> audit) {

  /**
   * The dashboard as this viewer may see it: the longest-running crisis plans name only people whose record the
   * viewer reads (the test logs each one shown); the figures are the same for everyone.
   */
  public Dashboard namingOnly(java.util.function.Predicate<UUID> mayName) {
    List<OpenPlan> named = crisisPlans.longestRunning().stream()
        .map(plan -> plan.personId() == null || mayName.test(plan.personId()) ? plan : new OpenPlan(null, HIDDEN, plan.madeAt(), plan.days()))
        .toList();
    return new Dashboard(scope, contacts, conversations, concluded, firstConversation,
        new CrisisPlans(crisisPlans.open(), crisisPlans.byAge(), crisisPlans.checkInsOverdue(), named), reviews,
        safeguarding, funding, audit);
  }

  /** What shows in place of a person the viewer may not read. */
  public static final String HIDDEN = "(a person whose record you do not read)";

  public record Scope(LocalDate from, LocalDate to, UUID teamId, String teamName, Instant openCountedAt) {
  }

  /** A number and the list of cases behind it. */
  public record Count(String key, String label, long count, String cases) {
  }

  /** A chart: labels along the bottom, one series per key. */
  public record Chart(List<String> labels, List<Series> series) {
  }

  /** One series of a chart; {@code cases[i]} lists the cases behind {@code counts[i]}. */
  public record Series(String key, String label, List<Long> counts, List<String> cases) {
  }

  public record Contacts(Count total, List<Count> byRoute, List<Count> byOutcome, Chart perDayByRoute,
      Chart perDayByOutcome) {
  }

  public record Conversations(Count total, List<Count> byType, Chart perWeekByType) {
  }

  /** Involvements ended: need met at Let's Talk 1 or 2 without long-term funded support, or long-term support. */
  public record Concluded(Count total, Count metWithoutLongTermSupport, Count longTermSupport, Double share) {
  }

  /** The "no waiting list" measure: days from a new case's contact to its first conversation. */
  public record FirstConversation(Count seen, Count waiting, Double medianDays, Double p90Days) {
  }

  public record CrisisPlans(Count open, List<Count> byAge, Count checkInsOverdue, List<OpenPlan> longestRunning) {
  }

  public record OpenPlan(UUID personId, String name, Instant madeAt, long days) {
  }

  public record Reviews(Count dueNext30Days, Count done, List<Count> doneByOutcome, Count overdue) {
  }

  public record Safeguarding(Count concerns, List<Count> byDecision, Double shareDecidedInTime,
      Count openS42Enquiries, List<Count> mspOutcomes) {
  }

  public record Funding(Count requests, List<LevelDecision> byLevelAndDecision, Double medianDaysToDecision,
      Double p90DaysToDecision, BigDecimal weeklyCostCommitted, Count chcToRecover, BigDecimal chcAmountToRecover) {
  }

  public record LevelDecision(String level, String levelLabel, String decision, String decisionLabel, long count,
      String cases) {
  }

  public record AuditPrinciple(String principle, String label, List<Count> grades) {
  }
}
