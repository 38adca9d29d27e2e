package org.letstalk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.letstalk.PostgresTest;
import org.letstalk.person.Person;
import org.letstalk.person.PersonRepository;
import org.letstalk.team.Teams;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The audit picks cases by the rules of [T 6.8], across several teams. */
@PostgresTest
class AuditCaseSelectionTest {

  @Autowired
  AuditCaseSelection selection;

  @Autowired
  IdentityService identity;

  @Autowired
  Teams teams;

  @Autowired
  PersonRepository people;

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void eachManagerGetsTwoCasesNeverFromTheirOwnTeamNorOnesTheyDecidedAndNoCaseTwice() {
    AuditFixtures world = new AuditFixtures(identity, teams, people, jdbc);
    String sm1 = world.user("sm1");
    String sm2 = world.user("sm2");
    String wA1 = world.user("wa1");
    String wA2 = world.user("wa2");
    String wB1 = world.user("wb1");
    String wB2 = world.user("wb2");
    String wC1 = world.user("wc1");
    // sm1 is the service manager over team A; sm2 over team B and a member of team C.
    world.team("A", world.user("tma"), sm1, wA1, wA2);
    world.team("B", world.user("tmb"), sm2, wB1, wB2);
    world.team("C", world.user("tmc"), null, wC1, sm2);

    Set<UUID> teamA = ids(world.workedCase("Ann", wA1), world.workedCase("Alf", wA2), world.workedCase("Ada", wA1));
    Person decidedBySm1 = world.workedCase("Bob", wB1);
    world.contact(decidedBySm1, wB1, sm1, world.month.minusMonths(3).atDay(2));
    Set<UUID> teamBOthers = ids(world.workedCase("Bea", wB2));
    Set<UUID> teamC = ids(world.workedCase("Cal", wC1), world.workedCase("Cy", wC1));
    Person lastMonth = world.person("Dot");
    world.contact(lastMonth, wB2, wB2, world.month.minusMonths(1).atDay(28));
    Person nextMonth = world.person("Eve");
    world.contact(nextMonth, wB2, wB2, world.month.plusMonths(1).atDay(1));
    Person noTeam = world.person("Fay");
    world.contact(noTeam, world.user("loner"), world.user("loner"), world.month.atDay(12));

    // The pick is a random sample: every draw must keep the rules.
    for (int draw = 0; draw < 15; draw++) {
      List<AuditCaseSelection.Pick> picks = selection.pick(world.month, List.of(sm1, sm2));
      Map<String, Set<UUID>> byManager = picks.stream().collect(Collectors.groupingBy(
          AuditCaseSelection.Pick::auditor, Collectors.mapping(AuditCaseSelection.Pick::personId, Collectors.toSet())));

      assertThat(byManager.get(sm1)).as("sm1: two cases from teams B and C, not team A, not Bob whom sm1 decided on")
          .hasSize(2).isSubsetOf(union(teamBOthers, teamC));
      assertThat(byManager.get(sm2)).as("sm2: two cases from team A only (B is theirs, they work in C)")
          .hasSize(2).isSubsetOf(teamA);
      assertThat(picks).extracting(AuditCaseSelection.Pick::personId).doesNotHaveDuplicates()
          .doesNotContain(decidedBySm1.getId(), lastMonth.getId(), nextMonth.getId(), noTeam.getId());
    }
  }

  // [T 6.8] and [T 2.56]: a service manager who advised on an unwise decision took part in deciding that case.
  @Test
  void aManagerNeverAuditsACaseTheyAdvisedOnAsAnUnwiseDecision() {
    AuditFixtures world = new AuditFixtures(identity, teams, people, jdbc);
    String sm = world.user("sm");
    String worker = world.user("wb");
    world.team("Own", world.user("tma"), sm);
    world.team("Other", world.user("tmb"), null, worker);
    Person advised = world.workedCase("Ava", worker);
    jdbc.update("""
        insert into unwise_decision_advice (id, task_id, person_id, decision, advice, advised_by, advised_at)
        values (?, ?, ?, 'To go home against advice', 'Support it with a falls plan', ?, now())
        """, UUID.randomUUID(), "test-" + UUID.randomUUID(), advised.getId(), sm);
    Person untouched = world.workedCase("Una", worker);

    for (int draw = 0; draw < 5; draw++) {
      assertThat(selection.pick(world.month, List.of(sm))).extracting(AuditCaseSelection.Pick::personId)
          .containsExactly(untouched.getId());
    }
  }

  // [T 6.8]: a service manager never audits a case they took part in deciding, whatever the decision was.
  @Test
  void aManagerNeverAuditsACaseTheyAuthorisedDecidedASafeguardingConcernOnOrClosed() {
    AuditFixtures world = new AuditFixtures(identity, teams, people, jdbc);
    String sm = world.user("sm");
    String worker = world.user("wb");
    world.team("Own", world.user("tma"), sm);
    world.team("Other", world.user("tmb"), null, worker);
    Person authorised = world.workedCase("Abe", worker);
    jdbc.update("""
        insert into authorisation_request (id, process_instance_id, request_type, person_id, requested_by,
          requested_at, residential, summary, status, decided_by, decided_at)
        values (?, ?, 'LT3_SUPPORT_PLAN', ?, ?, now(), false, 'Plan', 'APPROVED', ?, now())
        """, UUID.randomUUID(), "test-" + UUID.randomUUID(), authorised.getId(), worker, sm);
    Person safeguarded = world.workedCase("Sal", worker);
    jdbc.update("""
        insert into safeguarding_concern (id, process_instance_id, person_id, person_name, raised_in, raised_at,
          description, immediate_danger, decision_due_at, route, decision_reason, decided_by, decided_at)
        values (?, ?, ?, 'Sal', 'EXTERNAL', now(), 'Bruising', false, now(), 'NO_FURTHER_ACTION', 'Explained', ?,
          now())
        """, UUID.randomUUID(), "test-" + UUID.randomUUID(), safeguarded.getId(), sm);
    Person closed = world.workedCase("Cid", worker);
    jdbc.update("""
        insert into decision (id, task_id, person_id, kind, decided_by, decided_at, what, rationale)
        values (?, ?, ?, 'CLOSURE', ?, now(), 'Close the case', 'No ongoing need')
        """, UUID.randomUUID(), "test-" + UUID.randomUUID(), closed.getId(), sm);
    Person untouched = world.workedCase("Una", worker);

    for (int draw = 0; draw < 5; draw++) {
      assertThat(selection.pick(world.month, List.of(sm))).extracting(AuditCaseSelection.Pick::personId)
          .containsExactly(untouched.getId());
    }
  }

  @Test
  void aManagerWithNoEligibleCaseGetsNone() {
    AuditFixtures world = new AuditFixtures(identity, teams, people, jdbc);
    String sm = world.user("sm");
    String worker = world.user("w");
    world.team("Own", world.user("tm"), sm, worker);
    world.workedCase("Gil", worker);

    assertThat(selection.pick(world.month, List.of(sm))).isEmpty();
  }

  private static Set<UUID> ids(Person... persons) {
    return java.util.Arrays.stream(persons).map(Person::getId).collect(Collectors.toSet());
  }

  private static Set<UUID> union(Set<UUID> a, Set<UUID> b) {
    Set<UUID> all = new java.util.HashSet<>(a);
    all.addAll(b);
    return all;
  }
}
