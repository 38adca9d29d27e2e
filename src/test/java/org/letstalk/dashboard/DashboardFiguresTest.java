package org.letstalk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.letstalk.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every figure of the dashboard [N 6.5] against the hand-counted month of {@link DashboardFixtures}, for the
 * fixture's team: the outsider's contact, conversation and closed involvement must never be counted.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardFiguresTest {

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  Metrics metrics;

  @Autowired
  Clock clock;

  DashboardFixtures fixture;
  Period march;
  Dashboard d;

  @BeforeAll
  void insertTheMonth() {
    DashboardFixtures.removeAll(jdbc);
    fixture = new DashboardFixtures(jdbc);
    fixture.insert();
    march = Period.parse(DashboardFixtures.YEAR + "-03-01", DashboardFixtures.YEAR + "-03-31",
        fixture.teamId.toString(), clock);
    d = metrics.dashboard(march);
  }

  @AfterAll
  void removeTheMonth() {
    DashboardFixtures.removeAll(jdbc);
  }

  @Test
  void contactsAreCountedByRouteAndOutcomeAndPerDay() {
    assertThat(d.contacts().total().count()).isEqualTo(7);
    assertThat(counts(d.contacts().byRoute())).containsExactly(Map.entry("SELF", 3L),
        Map.entry("CARER_OR_FAMILY", 1L), Map.entry("PROFESSIONAL", 1L), Map.entry("OTHER_COUNCIL_TEAM", 1L),
        Map.entry("HOSPITAL", 1L));
    assertThat(counts(d.contacts().byOutcome())).containsExactly(Map.entry("INFORMATION_AND_ADVICE", 1L),
        Map.entry("NEW_CASE", 3L), Map.entry("EXISTING_CASE", 2L), Map.entry("UNDECIDED", 1L));

    Dashboard.Chart perDay = d.contacts().perDayByRoute();
    assertThat(perDay.labels()).hasSize(31).startsWith("1991-03-01").endsWith("1991-03-31");
    Dashboard.Series self = perDay.series().get(0);
    assertThat(self.key()).isEqualTo("SELF");
    assertThat(self.counts().get(3)).isEqualTo(2); // the 4th
    assertThat(self.counts().get(27)).isEqualTo(1); // the 28th
    assertThat(self.counts().stream().mapToLong(Long::longValue).sum()).isEqualTo(3);
    assertThat(d.contacts().perDayByOutcome().series().get(3).counts().get(10)).isEqualTo(1); // undecided, 11th

    assertThat(names(Figure.CONTACTS, null, "NEW_CASE")).containsExactly("Ada", "Cora", "Evan");
    assertThat(self.cases().get(3)).contains("from=1991-03-04", "to=1991-03-04", "k1=SELF",
        "team=" + fixture.teamId);
  }

  @Test
  void conversationsAreCountedByTypePerWeekAndTheShareMetWithoutLongTermSupport() {
    assertThat(counts(d.conversations().byType())).containsExactly(Map.entry("LT1", 2L), Map.entry("LT2", 1L));
    Dashboard.Chart weeks = d.conversations().perWeekByType();
    assertThat(weeks.labels()).containsExactly("1991-02-25", "1991-03-04", "1991-03-11", "1991-03-18",
        "1991-03-25");
    assertThat(weeks.series()).extracting(Dashboard.Series::key, Dashboard.Series::counts).containsExactly(
        tuple("LT1", List.of(0L, 2L, 0L, 0L, 0L)), tuple("LT2", List.of(0L, 0L, 1L, 0L, 0L)));
    assertThat(weeks.series().get(0).cases().get(0)).contains("from=1991-03-01", "to=1991-03-03");

    assertThat(d.concluded().total().count()).isEqualTo(2);
    assertThat(d.concluded().metWithoutLongTermSupport().count()).isEqualTo(1);
    assertThat(d.concluded().longTermSupport().count()).isEqualTo(1);
    assertThat(d.concluded().share()).isEqualTo(0.5);
    assertThat(names(Figure.CONCLUDED_INVOLVEMENTS, "MET_WITHOUT_LONG_TERM_SUPPORT", null)).containsExactly("Ada");
  }

  @Test
  void daysFromContactToFirstConversationGiveTheMedianAndNinetiethPercentile() {
    // Ada waited 2 days, Cora 4; Evan is still waiting.
    assertThat(d.firstConversation().seen().count()).isEqualTo(2);
    assertThat(d.firstConversation().waiting().count()).isEqualTo(1);
    assertThat(d.firstConversation().medianDays()).isEqualTo(3.0);
    assertThat(d.firstConversation().p90Days()).isEqualTo(3.8);
    assertThat(names(Figure.FIRST_CONVERSATION, "WAITING", null)).containsExactly("Evan");
  }

  @Test
  void openCrisisPlansShowHowLongEachHasRunAndWhichCheckInsAreOverdue() {
    assertThat(d.crisisPlans().open().count()).isEqualTo(2);
    assertThat(counts(d.crisisPlans().byAge())).containsExactly(Map.entry("0-7 days", 1L),
        Map.entry("8-14 days", 0L), Map.entry("15-28 days", 1L), Map.entry("29-56 days", 0L),
        Map.entry("over 56 days", 0L));
    assertThat(d.crisisPlans().longestRunning()).extracting(Dashboard.OpenPlan::name, Dashboard.OpenPlan::days)
        .containsExactly(tuple("Ada " + DashboardFixtures.FAMILY + fixture.suffix, 18L),
            tuple("Cora " + DashboardFixtures.FAMILY + fixture.suffix, 3L));
    assertThat(d.crisisPlans().checkInsOverdue().count()).isEqualTo(1);
    assertThat(names(Figure.CHECK_INS_OVERDUE, null, null)).containsExactly("Cora");
  }

  @Test
  void reviewsAreDueDoneAndOverdueAsAtTheEndOfThePeriod() {
    assertThat(d.reviews().dueNext30Days().count()).isEqualTo(1);
    assertThat(d.reviews().overdue().count()).isEqualTo(1);
    assertThat(d.reviews().done().count()).isEqualTo(2);
    assertThat(counts(d.reviews().doneByOutcome())).containsExactly(Map.entry("NO_CHANGE", 1L),
        Map.entry("UPDATE_PLAN", 1L), Map.entry("REASSESSMENT", 0L), Map.entry("END_PLAN", 0L));
    assertThat(metrics.cases(Figure.REVIEWS_OVERDUE, march, null, null)).singleElement()
        .satisfies(row -> assertThat(row.days()).isEqualTo(11.5));
  }

  @Test
  void safeguardingShowsDecisionsWithinTheDeadlineOpenEnquiriesAndMspOutcomes() {
    assertThat(d.safeguarding().concerns().count()).isEqualTo(5);
    assertThat(counts(d.safeguarding().byDecision())).containsExactly(Map.entry("IN_TIME", 2L),
        Map.entry("LATE", 1L), Map.entry("OVERDUE", 1L), Map.entry("PENDING", 1L));
    assertThat(d.safeguarding().shareDecidedInTime()).isEqualTo(0.5);
    assertThat(d.safeguarding().openS42Enquiries().count()).isEqualTo(1);
    assertThat(names(Figure.OPEN_S42_ENQUIRIES, null, null)).containsExactly("Evan");
    assertThat(counts(d.safeguarding().mspOutcomes())).containsExactly(Map.entry("YES", 1L),
        Map.entry("PARTLY", 0L), Map.entry("NO", 0L));
  }

  @Test
  void fundingRequestsAreCountedByLevelAndDecisionWithDaysToDecisionAndWeeklyCostCommitted() {
    // The closure request is not a funding request.
    assertThat(d.funding().requests().count()).isEqualTo(4);
    assertThat(d.funding().byLevelAndDecision()).filteredOn(c -> c.count() > 0)
        .extracting(Dashboard.LevelDecision::level, Dashboard.LevelDecision::decision,
            Dashboard.LevelDecision::count)
        .containsExactly(tuple("TEAM_MANAGER", "PENDING", 1L), tuple("TEAM_MANAGER", "APPROVED", 1L),
            tuple("SERVICE_MANAGER", "DECLINED", 1L), tuple("PANEL", "APPROVED", 1L));
    assertThat(d.funding().medianDaysToDecision()).isEqualTo(2.0);
    assertThat(d.funding().p90DaysToDecision()).isEqualTo(3.6);
    assertThat(d.funding().weeklyCostCommitted()).isEqualByComparingTo(new BigDecimal("350.00"));
    assertThat(names(Figure.FUNDING_REQUESTS, "PANEL", "APPROVED")).containsExactly("Cora");
  }

  @Test
  void auditGradesAreCountedByPrincipleForCompletedAuditsOnly() {
    Map<String, Map<String, Long>> grades = d.audit().stream().collect(Collectors.toMap(
        Dashboard.AuditPrinciple::principle, p -> p.grades().stream().filter(g -> g.count() > 0)
            .collect(Collectors.toMap(Dashboard.Count::key, Dashboard.Count::count))));
    assertThat(grades).containsEntry("WELLBEING", Map.of("GOOD", 2L))
        .containsEntry("KEEPING_SAFE", Map.of("EXCELLENT", 1L, "POOR", 1L))
        .containsEntry("SUPPORT_PLANNING", Map.of("ADEQUATE", 1L))
        .containsEntry("PREVENTION", Map.of());
    assertThat(names(Figure.AUDIT_GRADES, "KEEPING_SAFE", "POOR")).containsExactly("Cora");
  }

  @Test
  void everyTeamCountsTheOutsiderToo() {
    Period everyone = Period.parse("1991-03-01", "1991-03-31", null, clock);
    assertThat(metrics.cases(Figure.CONTACTS, everyone, "SELF", "NEW_CASE")).extracting(FigureQueries.CaseRow::name)
        .containsExactly("Ffion " + DashboardFixtures.FAMILY + fixture.suffix,
            "Ada " + DashboardFixtures.FAMILY + fixture.suffix);
  }

  private List<String> names(Figure figure, String k1, String k2) {
    return metrics.cases(figure, march, k1, k2).stream().map(row -> row.name().split(" ")[0]).toList();
  }

  private static Map<String, Long> counts(List<Dashboard.Count> counts) {
    return counts.stream().collect(Collectors.toMap(Dashboard.Count::key, Dashboard.Count::count, Long::sum,
        java.util.LinkedHashMap::new));
  }
}
