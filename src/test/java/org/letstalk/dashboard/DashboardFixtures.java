package org.letstalk.dashboard;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A hand-counted council month, March 1991, that no other test writes into: one team of two workers
 * ({@link #worker1}, {@link #worker2}) and a third worker outside it. What each figure must count is written
 * next to the rows in the tests. Rows are written straight into the domain tables, as the processes would
 * leave them, and removed again (also any a stopped run left behind) by {@link #removeAll}.
 */
final class DashboardFixtures {

  static final int YEAR = 1991;
  static final String FAMILY = "Dashfix";
  static final String TEAM_PREFIX = "Dashboard fixture ";

  final JdbcTemplate jdbc;
  final String suffix = UUID.randomUUID().toString().substring(0, 8);
  final String worker1 = "dash1-" + suffix;
  final String worker2 = "dash2-" + suffix;
  final String outsider = "dash3-" + suffix;
  final UUID teamId = UUID.randomUUID();

  final UUID p1 = UUID.randomUUID();
  final UUID p2 = UUID.randomUUID();
  final UUID p3 = UUID.randomUUID();
  final UUID p4 = UUID.randomUUID();
  final UUID p5 = UUID.randomUUID();
  final UUID p6 = UUID.randomUUID();
  /** The early review of p3's plan, which her carer asked for. */
  UUID earlyReviewAskedBy;

  DashboardFixtures(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  static Timestamp at(int month, int day, int hour) {
    return Timestamp.from(LocalDateTime.of(YEAR, month, day, hour, 0).atZone(ZoneId.systemDefault()).toInstant());
  }

  static LocalDate day(int month, int day) {
    return LocalDate.of(YEAR, month, day);
  }

  String name(UUID person) {
    return jdbc.queryForObject("select given_name || ' ' || family_name from person where id = ?", String.class,
        person);
  }

  /** Removes every row of this fixture, and of earlier runs of it. */
  static void removeAll(JdbcTemplate jdbc) {
    String people = "(select id from person where family_name like '" + FAMILY + "%')";
    jdbc.update("delete from crisis_check_in where person_id in " + people);
    jdbc.update("delete from crisis_plan where person_id in " + people);
    jdbc.update("delete from review_early_request where review_id in (select id from review where person_id in "
        + people + ")");
    jdbc.update("delete from review where person_id in " + people);
    jdbc.update("delete from support_plan where person_id in " + people);
    jdbc.update("delete from safeguarding_enquiry where concern_id in"
        + " (select id from safeguarding_concern where person_id in " + people + ")");
    jdbc.update("delete from safeguarding_concern where person_id in " + people);
    jdbc.update("delete from authorisation_request where person_id in " + people);
    jdbc.update("delete from case_audit where person_id in " + people);
    jdbc.update("delete from audit_round where process_instance_id like 'dashfix-%'");
    jdbc.update("delete from conversation where person_id in " + people);
    jdbc.update("delete from involvement where person_id in " + people);
    jdbc.update("delete from contact where person_id in " + people);
    jdbc.update("delete from team_member where team_id in (select id from team where name like '"
        + TEAM_PREFIX + "%')");
    jdbc.update("delete from team where name like '" + TEAM_PREFIX + "%'");
    jdbc.update("delete from person where family_name like '" + FAMILY + "%'");
  }

  void insert() {
    jdbc.update("insert into team (id, name, group_id, manager_user_id, created_at) values (?, ?, ?, 'teammanager', ?)",
        teamId, TEAM_PREFIX + suffix, "team-" + teamId, at(1, 1, 9));
    for (String worker : new String[] {worker1, worker2}) {
      jdbc.update("insert into team_member (id, team_id, worker_user_id, joined_at) values (?, ?, ?, ?)",
          UUID.randomUUID(), teamId, worker, at(1, 1, 9));
    }
    String[] given = {"Ada", "Bert", "Cora", "Dilys", "Evan", "Ffion"};
    UUID[] people = {p1, p2, p3, p4, p5, p6};
    for (int i = 0; i < people.length; i++) {
      jdbc.update("insert into person (id, given_name, family_name, name_key, created_at, date_of_birth)"
          + " values (?, ?, ?, ?, ?, ?)", people[i], given[i], FAMILY + suffix,
          (given[i] + FAMILY + suffix).toLowerCase(), at(1, 1, 9), java.sql.Date.valueOf("1930-01-0" + (i + 1)));
    }

    // Contacts in March: the team's seven, and one of the outsider's.
    UUID c1 = contact(p1, "SELF", "NEW_CASE", worker1, null, at(3, 4, 10));
    contact(p2, "SELF", "INFORMATION_AND_ADVICE", null, worker1, at(3, 4, 11));
    UUID c3 = contact(p3, "PROFESSIONAL", "NEW_CASE", worker2, null, at(3, 5, 9));
    contact(p4, "HOSPITAL", null, worker2, null, at(3, 11, 9));
    UUID c5 = contact(p5, "CARER_OR_FAMILY", "NEW_CASE", worker1, null, at(3, 12, 9));
    UUID c6 = contact(p6, "SELF", "NEW_CASE", outsider, null, at(3, 4, 9));
    contact(p2, "OTHER_COUNCIL_TEAM", "EXISTING_CASE", worker1, null, at(3, 21, 9));
    contact(p3, "SELF", "EXISTING_CASE", worker2, null, at(3, 28, 9));

    UUID i1 = involvement(p1, c1, "CLOSED", at(3, 20, 12));
    UUID i3 = involvement(p3, c3, "OPEN", null);
    jdbc.update("update involvement set stage = 'LONG_TERM_SUPPORT', long_term_support_since = ? where id = ?",
        at(3, 25, 12), i3);
    involvement(p5, c5, "OPEN", null);
    UUID i6 = involvement(p6, c6, "CLOSED", at(3, 20, 12));

    conversation(p1, c1, i1, "LT1", "LT2", worker1, at(3, 6, 10));
    UUID v2 = conversation(p1, c1, i1, "LT2", null, worker1, at(3, 13, 10));
    UUID v3 = conversation(p3, c3, i3, "LT1", "LT3", worker2, at(3, 9, 9));
    conversation(p6, c6, i6, "LT1", "NO_ONGOING_NEED", outsider, at(3, 5, 9));

    // Open at the end of March: the plan made on the 13th (checked in on the 30th) and the one made on the
    // 28th (never checked in: overdue after P2D + P1D); the plan of the 1st ended on the 10th.
    UUID cp1 = crisisPlan(p1, v2, c1, worker1, at(3, 13, 12), null);
    jdbc.update("insert into crisis_check_in (id, task_id, crisis_plan_id, person_id, done_by, done_at,"
        + " plan_working, notes) values (?, ?, ?, ?, ?, ?, true, 'fine')",
        UUID.randomUUID(), "dashfix-" + UUID.randomUUID(), cp1, p1, worker1, at(3, 30, 12));
    crisisPlan(p3, v3, c3, worker2, at(3, 28, 12), null);
    crisisPlan(p1, v2, c1, worker1, at(3, 1, 12), at(3, 10, 12));

    UUID plan = UUID.randomUUID();
    jdbc.update("insert into support_plan (id, series_id, person_id, plan_type, status, weekly_cost, allocated_worker,"
        + " team, created_at, authorised_at, in_force_person_id, in_force_kind)"
        + " values (?, ?, ?, 'CARE_AND_SUPPORT', 'ACTIVE', 350.00, ?, 'practitioners', ?, ?, ?, 'ADULT')",
        plan, plan, p3, worker2, at(3, 25, 12), at(3, 25, 12), p3);
    review(plan, 1, "FIRST", at(4, 15, 12), null, null);
    review(plan, 2, "SCHEDULED", at(3, 20, 12), null, null);
    review(plan, 3, "SCHEDULED", at(3, 10, 12), at(3, 12, 12), "NO_CHANGE");
    UUID early = review(plan, 4, "EARLY", at(3, 15, 12), at(3, 16, 12), "UPDATE_PLAN");
    earlyReviewAskedBy = early;
    jdbc.update("insert into review_early_request (id, review_id, step_key, requested_by, requester_role, reason,"
        + " requested_at) values (?, ?, ?, 'Her daughter', 'CARER', 'Cannot keep up the evening visits', ?)",
        UUID.randomUUID(), early, "fixture-" + early, at(3, 14, 12));
    review(plan, 5, "SCHEDULED", at(5, 15, 12), null, null);

    UUID s1 = concern(p1, worker1, at(3, 2, 12), at(3, 4, 12), at(3, 3, 12), true, "S42_ENQUIRY");
    enquiry(s1, at(3, 20, 12), "YES");
    concern(p2, worker1, at(3, 5, 12), at(3, 7, 12), at(3, 9, 12), false, "NO_FURTHER_ACTION");
    concern(p3, worker2, at(3, 29, 12), at(3, 31, 12), null, null, null);
    concern(p4, worker2, at(3, 31, 10), at(4, 2, 10), null, null, null);
    UUID s5 = concern(p5, worker2, at(3, 6, 12), at(3, 8, 12), at(3, 7, 12), true, "S42_ENQUIRY");
    enquiry(s5, null, null);

    request(p3, "LT3_SUPPORT_PLAN", worker2, at(3, 10, 12), "PANEL", "APPROVED", at(3, 14, 12), "350.00");
    request(p1, "LT2_SPEND", worker1, at(3, 13, 12), "TEAM_MANAGER", "APPROVED", at(3, 14, 12), null);
    request(p5, "LT1_FUNDING_CHANGE", worker1, at(3, 20, 12), "SERVICE_MANAGER", "DECLINED", at(3, 22, 12),
        "80.00");
    request(p4, "REVIEW_PLAN_CHANGE", worker2, at(3, 28, 12), "TEAM_MANAGER", "PENDING", null, "60.00");
    request(p1, "CLOSURE", worker1, at(3, 20, 12), "TEAM_MANAGER", "APPROVED", at(3, 20, 13), null);

    UUID round = UUID.randomUUID();
    jdbc.update("insert into audit_round (id, process_instance_id, audit_month, started_at) values (?, ?, ?, ?)",
        round, "dashfix-" + suffix, day(3, 1), at(3, 1, 9));
    audit(round, p1, worker1, at(3, 15, 12), "GOOD", "EXCELLENT", null);
    audit(round, p3, worker2, at(3, 16, 12), "GOOD", "POOR", "ADEQUATE");
    audit(round, p2, worker1, null, "POOR", null, null);
  }

  private UUID contact(UUID person, String route, String outcome, String allocated, String decidedBy,
      Timestamp arrived) {
    UUID id = UUID.randomUUID();
    jdbc.update("insert into contact (id, process_instance_id, person_id, match_status, arrived_at, given_name,"
        + " family_name, route_of_access, contact_method, presenting_need, consent_to_share, interpreter_needed,"
        + " safeguarding_concern, outcome, allocated_user, outcome_decided_by) values (?, ?, ?, 'NEW_PERSON', ?,"
        + " ?, ?, ?, 'PHONE', 'Help at home', true, false, false, ?, ?, ?)",
        id, "dashfix-" + id, person, arrived, jdbc.queryForObject("select given_name from person where id = ?",
            String.class, person), FAMILY + suffix, route, outcome, allocated, decidedBy);
    return id;
  }

  private UUID involvement(UUID person, UUID contact, String status, Timestamp ended) {
    UUID id = UUID.randomUUID();
    jdbc.update("insert into involvement (id, process_instance_id, person_id, contact_id, status, started_at,"
        + " ended_at) values (?, ?, ?, ?, ?, ?, ?)", id, "dashfix-" + id, person, contact, status, at(3, 1, 0),
        ended);
    return id;
  }

  UUID conversation(UUID person, UUID contact, UUID involvement, String type, String outcome,
      String heldBy, Timestamp held) {
    UUID id = UUID.randomUUID();
    jdbc.update("insert into conversation (id, task_id, process_instance_id, involvement_id, person_id, contact_id,"
        + " conversation_type, held_by, held_at, presenting_needs, relevant_circumstances, wellbeing_and_outcomes,"
        + " strengths_personal, strengths_network, strengths_community, agreed_actions, participation, advocate,"
        + " carer_present, outcome) values (?, ?, 'dashfix', ?, ?, ?, ?, ?, ?, 'n', 'c', 'w', 'p', 'n', 'c', 'a',"
        + " 'TOOK_PART', 'NONE', false, ?)",
        id, "dashfix-" + id, involvement, person, contact, type, heldBy, held, outcome);
    return id;
  }

  private UUID crisisPlan(UUID person, UUID conversation, UUID contact, String madeBy, Timestamp made,
      Timestamp ended) {
    UUID id = UUID.randomUUID();
    jdbc.update("insert into crisis_plan (id, task_id, conversation_id, person_id, contact_id, made_by, made_at,"
        + " starts_on, ends_on, status, ended_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        id, "dashfix-" + id, conversation, person, contact, madeBy, made, made.toLocalDateTime().toLocalDate(),
        made.toLocalDateTime().toLocalDate().plusWeeks(4), ended == null ? "ACTIVE" : "ENDED_NOT_WORKING", ended);
    return id;
  }

  private UUID review(UUID plan, int sequence, String kind, Timestamp due, Timestamp completed, String outcome) {
    UUID id = UUID.randomUUID();
    jdbc.update("insert into review (id, plan_id, person_id, sequence_no, kind, due_date, notice_date, scheduled_at,"
        + " completed_at, completed_by, outcome) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        id, plan, p3, sequence, kind, due, due, at(3, 1, 9), completed,
        completed == null ? null : worker2, outcome);
    return id;
  }

  private UUID concern(UUID person, String raisedBy, Timestamp raised, Timestamp due, Timestamp decided,
      Boolean inTime, String route) {
    UUID id = UUID.randomUUID();
    jdbc.update("insert into safeguarding_concern (id, process_instance_id, person_id, person_name, raised_in,"
        + " raised_by, raised_at, description, immediate_danger, decision_due_at, decided_at, decided_in_time,"
        + " route, decided_by) values (?, ?, ?, ?, 'EXTERNAL', ?, ?, 'worried', false, ?, ?, ?, ?, ?)",
        id, "dashfix-" + id, person, name(person), raisedBy, raised, due, decided, inTime, route,
        decided == null ? null : "safeguarding");
    return id;
  }

  private void enquiry(UUID concern, Timestamp concluded, String msp) {
    jdbc.update("insert into safeguarding_enquiry (id, concern_id, meeting_kind, meeting_held_on, meeting_notes,"
        + " outcomes_person_wants, discussion_recorded_at, concluded_at, msp_outcome) values"
        + " (?, ?, 'ENQUIRY_DISCUSSION', ?, 'met', 'to feel safe', ?, ?, ?)",
        UUID.randomUUID(), concern, day(3, 8), at(3, 8, 12), concluded, msp);
  }

  private void request(UUID person, String type, String requestedBy, Timestamp requested, String level,
      String status, Timestamp decided, String weeklyCost) {
    UUID id = UUID.randomUUID();
    jdbc.update("insert into authorisation_request (id, process_instance_id, request_type, person_id, requested_by,"
        + " requested_at, weekly_cost, residential, summary, level, status, decided_at, decided_by)"
        + " values (?, ?, ?, ?, ?, ?, ?, false, 'asked', ?, ?, ?, ?)",
        id, "dashfix-" + id, type, person, requestedBy, requested,
        weeklyCost == null ? null : new BigDecimal(weeklyCost), level, status, decided,
        decided == null ? null : "teammanager");
  }

  private void audit(UUID round, UUID person, String worker, Timestamp completed, String wellbeing,
      String keepingSafe, String supportPlanning) {
    jdbc.update("insert into case_audit (id, round_id, auditor, person_id, worker, team_id, team_manager, wellbeing,"
        + " keeping_safe, support_planning, completed_at) values (?, ?, 'processowner', ?, ?, ?, 'teammanager',"
        + " ?, ?, ?, ?)",
        UUID.randomUUID(), round, person, worker, teamId, wellbeing, keepingSafe, supportPlanning, completed);
  }
}
