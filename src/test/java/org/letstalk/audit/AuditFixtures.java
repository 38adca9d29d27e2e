package org.letstalk.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.letstalk.person.Person;
import org.letstalk.person.PersonDetails;
import org.letstalk.person.PersonRepository;
import org.letstalk.team.Team;
import org.letstalk.team.Teams;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Builds the world an audit looks at: users, teams, and contacts decided in a month that no other test
 * uses (centuries ahead: a random start per run, then ten years on for each world, since an audit also looks
 * at the months around its own and two random months sometimes fell that close).
 */
class AuditFixtures {

  private static final ZoneId COUNCIL_TIME = ZoneId.of("Europe/London");

  final String tag = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
  private static final AtomicInteger NEXT_MONTH = new AtomicInteger(ThreadLocalRandom.current().nextInt(6000));

  final YearMonth month = YearMonth.of(2200, 1).plusMonths(NEXT_MONTH.getAndAdd(120));

  private final IdentityService identity;
  private final Teams teams;
  private final PersonRepository people;
  private final JdbcTemplate jdbc;

  AuditFixtures(IdentityService identity, Teams teams, PersonRepository people, JdbcTemplate jdbc) {
    this.identity = identity;
    this.teams = teams;
    this.people = people;
    this.jdbc = jdbc;
  }

  /** A user with an id unique to this test, e.g. user("tm") is "tm-k3x9...". */
  String user(String role) {
    String id = role + "-" + tag;
    if (identity.createUserQuery().userId(id).count() == 0) {
      User user = identity.newUser(id);
      user.setFirstName(role);
      user.setLastName(tag);
      user.setPassword("demo");
      identity.saveUser(user);
    }
    return id;
  }

  Team team(String name, String manager, String serviceManager, String... workers) {
    Team team = teams.defineTeam(name + " " + tag, manager, serviceManager);
    for (String worker : workers) {
      teams.addMember(team.getId(), worker);
    }
    return team;
  }

  Person person(String given) {
    return people.save(Person.from(new PersonDetails(given, "Audit" + tag, LocalDate.of(1945, 6, 1), null, null, null,
        null, null, null), Instant.now()));
  }

  /** A contact about the person whose outcome {@code decidedBy} decided on {@code day}, allocated to the worker. */
  void contact(Person person, String worker, String decidedBy, LocalDate day) {
    Instant at = day.atTime(11, 0).atZone(COUNCIL_TIME).toInstant();
    jdbc.update("""
        insert into contact (id, version, process_instance_id, person_id, match_status, arrived_at, recorded_by,
          given_name, family_name, route_of_access, contact_method, presenting_need, consent_to_share,
          interpreter_needed, safeguarding_concern, outcome, outcome_reason, allocated_user, outcome_decided_by,
          outcome_decided_at)
        values (?, 0, ?, ?, 'NEW_PERSON', ?, ?, ?, ?, 'SELF', 'PHONE', 'Needs help at home', true, false, false,
          'NEW_CASE', 'Wants to stay at home', ?, ?, ?)
        """, UUID.randomUUID(), "test-" + UUID.randomUUID(), person.getId(), Timestamp.from(at), decidedBy,
        person.getGivenName(), person.getFamilyName(), worker, decidedBy, Timestamp.from(at));
  }

  /** A case worked by the worker in the audited month. */
  Person workedCase(String given, String worker) {
    Person person = person(given);
    contact(person, worker, worker, month.atDay(10));
    return person;
  }

  /** 09:00 on the 25th of the month after the audited one: when the timer fires. */
  java.util.Date twentyFifth() {
    return java.util.Date.from(month.plusMonths(1).atDay(25).atTime(9, 0).atZone(COUNCIL_TIME).toInstant());
  }
}
