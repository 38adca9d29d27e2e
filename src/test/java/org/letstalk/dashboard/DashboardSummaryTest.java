package org.letstalk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.letstalk.PostgresTest;
import org.letstalk.crisis.CrisisSettings;
import org.letstalk.team.Teams;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * On PostgreSQL the dashboard counts contacts, conversations, concluded involvements and days to first conversation
 * from the summary its triggers keep (db-postgresql/V135). After contacts, conversations and involvements are added,
 * changed and removed, every figure must read as counting the rows themselves does.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardSummaryTest {

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  NamedParameterJdbcTemplate named;

  @Autowired
  CrisisSettings crisis;

  @Autowired
  Teams teams;

  @Autowired
  Metrics metrics;

  @Autowired
  Clock clock;

  DashboardFixtures fixture;

  @BeforeAll
  void insertTheMonthAndChangeIt() {
    DashboardFixtures.removeAll(jdbc);
    fixture = new DashboardFixtures(jdbc);
    fixture.insert();
    UUID p = fixture.p1;
    UUID c1 = id("select id from contact where person_id = ?", p);
    UUID c3 = id("select id from contact where person_id = ? and outcome = 'NEW_CASE'", fixture.p3);
    UUID c5 = id("select id from contact where person_id = ?", fixture.p5);
    // The hospital's contact is decided: a new case for worker 1.
    jdbc.update("update contact set outcome = 'NEW_CASE', allocated_user = ? where person_id = ?", fixture.worker1,
        fixture.p4);
    // Ada's case goes to the outsider: her contact and her closed involvement leave the team.
    jdbc.update("update contact set allocated_user = ? where id = ?", fixture.outsider, c1);
    // Cora's only conversation was held in April, not March: at the end of March she was still waiting.
    jdbc.update("update conversation set held_at = ? where contact_id = ?", DashboardFixtures.at(4, 2, 9), c3);
    // Ada's Let's Talk 2 was a day earlier than recorded.
    jdbc.update("update conversation set held_at = ? where person_id = ? and conversation_type = 'LT2'",
        DashboardFixtures.at(3, 12, 10), p);
    // Evan is seen, and his involvement closes.
    UUID i5 = id("select id from involvement where person_id = ?", fixture.p5);
    UUID mistaken = fixture.conversation(fixture.p5, c5, i5, "LT1", null, fixture.worker1,
        DashboardFixtures.at(3, 14, 9));
    fixture.conversation(fixture.p5, c5, i5, "LT1", "NO_ONGOING_NEED", fixture.worker1, DashboardFixtures.at(3, 15, 9));
    jdbc.update("delete from conversation where id = ?", mistaken);
    jdbc.update("update involvement set status = 'CLOSED', ended_at = ? where id = ?", DashboardFixtures.at(3, 22, 9),
        i5);
    // Bert's advice contact is removed.
    jdbc.update("delete from contact where person_id = ? and outcome = 'INFORMATION_AND_ADVICE'", fixture.p2);
  }

  @AfterAll
  void removeTheMonth() {
    DashboardFixtures.removeAll(jdbc);
  }

  @Test
  void theDashboardReadsAsCountingTheRowsDoes() {
    Metrics scan = new Metrics(new FigureQueries(named, crisis, false), teams);
    for (String team : new String[] {null, fixture.teamId.toString()}) {
      for (String[] days : new String[][] {{"1991-03-01", "1991-03-31"}, {"1991-01-01", "1991-12-31"},
          {"1991-03-04", "1991-03-04"}}) {
        Period period = Period.parse(days[0], days[1], team, clock);
        assertThat(metrics.dashboard(period)).as("%s to %s, team %s", days[0], days[1], team)
            .isEqualTo(scan.dashboard(period));
      }
    }
  }

  @Test
  void theTeamsFiguresFollowTheChanges() {
    Dashboard march = metrics.dashboard(Period.parse("1991-03-01", "1991-03-31", fixture.teamId.toString(), clock));
    // Seven contacts, less Bert's removed and Ada's gone to the outsider.
    assertThat(march.contacts().total().count()).isEqualTo(5);
    // Cora and Dilys wait; Evan was seen on the 15th, three days after his contact.
    assertThat(march.firstConversation().waiting().count()).isEqualTo(2);
    assertThat(march.firstConversation().seen().count()).isEqualTo(1);
    // Cora moved to long-term support; Evan's involvement closed (Ada's is the outsider's now).
    assertThat(march.concluded().metWithoutLongTermSupport().count()).isEqualTo(1);
    assertThat(march.concluded().longTermSupport().count()).isEqualTo(1);
    // Counted from the summary, not the rows: it holds the team's contacts of March.
    assertThat(jdbc.queryForObject("select sum(n) from dashboard_day where figure = 'CONTACTS'"
        + " and day between '1991-03-01' and '1991-03-31' and worker in (?, ?)", Long.class, fixture.worker1,
        fixture.worker2)).isEqualTo(5L);
  }

  private UUID id(String sql, UUID person) {
    return jdbc.queryForObject(sql, UUID.class, person);
  }
}
