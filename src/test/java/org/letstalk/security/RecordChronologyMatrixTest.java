package org.letstalk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.letstalk.PostgresTest;
import org.letstalk.identity.Groups;
import org.letstalk.person.PersonDetails;
import org.letstalk.person.PersonFinder;
import org.letstalk.plan.Delivery;
import org.letstalk.plan.PlanType;
import org.letstalk.plan.SupportPlan;
import org.letstalk.plan.SupportPlans;
import org.letstalk.record.EntryKind;
import org.letstalk.record.RecordAccess;
import org.letstalk.record.RecordAccessRepository;
import org.letstalk.record.Visibility;
import org.letstalk.review.flow.StartReviewCycle;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.HtmlUtils;

/**
 * A person's case holding one record of every kind, read by a user of each group: every kind reaches the chronology
 * page and API, and each record its read endpoint, for every group that reads the record, each read logged;
 * safeguarding entries only for the groups that may read safeguarding detail, and nothing in anybody else's answers
 * tells that a concern exists; the funding panel and process owners read nothing of it. The routes that change the
 * record are allowed or refused per group.
 */
@PostgresTest
class RecordChronologyMatrixTest {

  static final String CONCERN = "Her nephew takes her pension every week";

  @Autowired
  TestRestTemplate http;

  @Autowired
  IdentityService identity;

  @Autowired
  PersonFinder people;

  @Autowired
  JdbcTemplate db;

  @Autowired
  RecordAccessRepository accessLog;

  @Autowired
  SupportPlans plans;

  @Autowired
  StartReviewCycle reviewCycles;

  /** What each kind's entry says in its title, and the address of the record it opens. */
  record Case(UUID personId, Map<EntryKind, String> titles, List<String> reads) {
  }

  /** Who reads this person's record: every group that reads any, and the carers' centre, since she is cared for. */
  static final Set<String> READERS = Stream.concat(RecordAccessMatrixTest.READ_ANY.stream(),
      Stream.of(Groups.CARERS_CENTRE)).collect(Collectors.toSet());

  @TestFactory
  Stream<DynamicTest> eachGroupReadsEveryKindItMayAndNothingMore() {
    Case c = aCaseOfEveryKind();
    return Groups.ALL.stream().map(group -> dynamicTest(group, () -> {
      String user = SecurityFixtures.onlyIn(identity, group);
      if (!READERS.contains(group)) {
        for (String path : Stream.concat(Stream.of("/api/people/" + c.personId(),
            "/api/people/" + c.personId() + "/chronology", "/people/" + c.personId()), c.reads().stream()).toList()) {
          assertThat(get(user, path).getStatusCode().value()).as(group + " " + path).isEqualTo(403);
        }
        return;
      }
      boolean readsSafeguarding = Visibility.SAFEGUARDING.contains(group);
      for (Map.Entry<EntryKind, String> kind : c.titles().entrySet()) {
        boolean visible = kind.getKey() != EntryKind.SAFEGUARDING || readsSafeguarding;
        ResponseEntity<String> api = get(user, "/api/people/" + c.personId() + "/chronology?kind=" + kind.getKey());
        assertThat(api.getStatusCode().value()).isEqualTo(200);
        ResponseEntity<String> page = get(user, "/people/" + c.personId() + "?kind=" + kind.getKey());
        assertThat(page.getStatusCode().value()).isEqualTo(200);
        if (visible) {
          assertThat(api.getBody()).as(group + " reads " + kind.getKey() + " in the API").contains(kind.getValue());
          assertThat(page.getBody()).as(group + " reads " + kind.getKey() + " on the page")
              .contains(HtmlUtils.htmlEscape(kind.getValue()));
        } else {
          assertThat(api.getBody()).as(group + " in the API").contains("\"entries\":[]").doesNotContain(CONCERN);
          assertThat(page.getBody()).as(group + " on the page").doesNotContain(CONCERN);
        }
      }
      ResponseEntity<String> all = get(user, "/api/people/" + c.personId() + "/chronology");
      ResponseEntity<String> summary = get(user, "/api/people/" + c.personId());
      ResponseEntity<String> page = get(user, "/people/" + c.personId());
      for (ResponseEntity<String> answer : List.of(all, summary, page)) {
        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        if (!readsSafeguarding) {
          assertThat(answer.getBody()).as(group + ": nothing tells a concern exists").doesNotContain(CONCERN)
              .doesNotContainIgnoringCase("safeguarding concern").doesNotContainIgnoringCase("s42")
              .doesNotContain("Safeguarding decision");
        }
      }
      assertThat(all.getBody()).as("workers by name").contains("Priya Patel").doesNotContain("\"by\":\"practitioner\"");
      Instant before = Instant.now().minusSeconds(1);
      for (String path : c.reads()) {
        ResponseEntity<String> read = get(user, path);
        assertThat(read.getStatusCode().value()).as(group + " " + path + ": " + read.getBody()).isEqualTo(200);
        assertThat(read.getBody()).contains(c.personId().toString());
        if (path.equals(c.reads().get(0))) {
          assertThat(read.getBody()).as("the proforma in full").contains("Strengths: personal: Determined",
              "Held: in person", "Risks explored and the actions to take: Falls on the stairs: rail fitted");
        }
        if (!readsSafeguarding) {
          assertThat(read.getBody()).as(group + " " + path).doesNotContain(CONCERN)
              .doesNotContainIgnoringCase("safeguarding concern");
        }
      }
      assertThat(accessLog.findByPersonIdOrderByAccessedAtAsc(c.personId()).stream()
          .filter(a -> a.getUserId().equals(user) && !a.getAccessedAt().isBefore(before))
          .map(RecordAccess::getAction))
          .as("every read is logged").contains("READ_CONVERSATION", "READ_CRISIS_PLAN", "READ_PLAN", "READ_REVIEW",
              "READ_AUTHORISATION");
    }));
  }

  @TestFactory
  Stream<DynamicTest> onlyTheGroupsWhoseWorkItIsChangeTheRecordFromIt() {
    UUID personId = people.create(new PersonDetails("Reva", "Matrix" + UUID.randomUUID().toString().substring(0, 8),
        LocalDate.of(1944, 4, 4), null, null, null, null, null, null), false).getId();
    SupportPlan plan = plans.draft(personId, PlanType.CARE_AND_SUPPORT, Delivery.COUNCIL_ARRANGED,
        new BigDecimal("80.00"), "practitioner", "practitioners");
    plans.activate(plan.getId(), "teammanager");
    reviewCycles.startFor(plan.getId());
    // Those who may start an early review and read this record (the carers' centre reads only carers' circles).
    List<String> mayAskForAReview = List.of(Groups.FRONT_DOOR, Groups.PRACTITIONERS, Groups.SENIOR_PRACTITIONERS,
        Groups.TEAM_MANAGERS);
    return Groups.ALL.stream().map(group -> dynamicTest(group, () -> {
      String user = SecurityFixtures.onlyIn(identity, group);
      ResponseEntity<String> alert = post(user, "/api/people/" + personId + "/alerts",
          Map.of("kind", "RISK_TO_STAFF", "detail", "Matrix " + group));
      assertThat(alert.getStatusCode().value()).as(group + " adds an alert: " + alert.getBody())
          .isEqualTo(group.equals(Groups.TEAM_MANAGERS) ? 201 : 403);
      ResponseEntity<String> review = post(user, "/api/people/" + personId + "/reviews/requests",
          Map.of("requesterRole", "PROVIDER", "requestedBy", "Matrix Care Ltd", "requestReason", "Matrix " + group));
      assertThat(review.getStatusCode().value()).as(group + " asks for an early review: " + review.getBody())
          .isEqualTo(mayAskForAReview.contains(group) ? 202 : 403);
    }));
  }

  /** One record of every kind, written as the features write them, on days far apart so their order is known. */
  private Case aCaseOfEveryKind() {
    UUID person = people.create(new PersonDetails("Mattie", "Matrix" + UUID.randomUUID().toString().substring(0, 8),
        LocalDate.of(1944, 4, 4), null, null, null, null, null, null), false).getId();
    UUID carer = people.create(new PersonDetails("Carys", "Matrix" + UUID.randomUUID().toString().substring(0, 8),
        LocalDate.of(1970, 7, 7), null, null, null, null, null, null), false).getId();
    Instant start = Instant.now().minus(400, ChronoUnit.DAYS).truncatedTo(ChronoUnit.DAYS);
    Map<EntryKind, String> titles = new LinkedHashMap<>();

    UUID contact = UUID.randomUUID();
    db.update("insert into contact (id, process_instance_id, person_id, match_status, arrived_at, recorded_by, given_name,"
        + " family_name, route_of_access, contact_method, presenting_need, consent_to_share, interpreter_needed,"
        + " safeguarding_concern, outcome, outcome_reason, allocated_user, outcome_decided_by, outcome_decided_at)"
        + " values (?, ?, ?, 'NEW_PERSON', ?, 'frontdoor', 'Mattie', 'Matrix', 'SELF', 'PHONE', 'Matrix presenting need',"
        + " true, false, false, 'NEW_CASE', 'Wants help at home', 'practitioner', 'frontdoor', ?)",
        contact, "matrix-" + contact, person, at(start, 0), at(start, 0));
    titles.put(EntryKind.CONTACT, "Contact by phone");
    titles.put(EntryKind.DECISION, "Contact outcome: new case");

    UUID involvement = UUID.randomUUID();
    db.update("insert into involvement (id, process_instance_id, person_id, open_person_id, contact_id, status, stage,"
        + " started_at, long_term_support_since) values (?, ?, ?, ?, ?, 'OPEN', 'LONG_TERM_SUPPORT', ?, ?)",
        involvement, "matrix-" + involvement, person, person, contact, at(start, 1), at(start, 60));

    UUID lt1 = UUID.randomUUID();
    db.update("insert into conversation (id, task_id, process_instance_id, involvement_id, person_id, contact_id,"
        + " conversation_type, held_by, held_at, presenting_needs, relevant_circumstances, wellbeing_and_outcomes,"
        + " strengths_personal, strengths_network, strengths_community, agreed_actions, participation, advocate,"
        + " carer_present, outcome, outcome_rationale, held_how, risks_explored) values (?, ?, ?, ?, ?, ?, 'LT1',"
        + " 'practitioner', ?, 'Cannot manage stairs', 'Lives alone', 'Wants to keep gardening', 'Determined',"
        + " 'A daughter nearby', 'The allotment society', 'Stair rail fitted', 'TOOK_PART', 'NONE', false, 'LT2',"
        + " 'A crisis at home', 'IN_PERSON', 'Falls on the stairs: rail fitted')",
        lt1, "matrix-" + lt1, "matrix-" + lt1, involvement, person, contact, at(start, 2));
    titles.put(EntryKind.CONVERSATION, "Let's Talk 1 conversation: Let's Talk 2");

    UUID crisis = UUID.randomUUID();
    db.update("insert into crisis_plan (id, task_id, conversation_id, person_id, made_by, made_at, starts_on, ends_on,"
        + " status, ended_at, ended_by, end_reason) values (?, ?, ?, ?, 'practitioner', ?, ?, ?, 'REVIEWED', ?,"
        + " 'practitioner', 'Settled')", crisis, "matrix-" + crisis, lt1, person, at(start, 3),
        LocalDate.now().minusDays(397), LocalDate.now().minusDays(380), at(start, 20));
    db.update("insert into crisis_plan_action (id, crisis_plan_id, position, description) values (?, ?, 1,"
        + " 'Two heaters bought today')", UUID.randomUUID(), crisis);
    db.update("insert into crisis_check_in (id, task_id, crisis_plan_id, person_id, done_by, done_at, plan_working,"
        + " notes) values (?, ?, ?, ?, 'practitioner', ?, true, 'Warm again')", UUID.randomUUID(),
        "matrix-c-" + crisis, crisis, person, at(start, 5));
    db.update("insert into spend (id, task_id, crisis_plan_id, person_id, amount, purpose, limit_amount, status,"
        + " requested_by, requested_at) values (?, ?, ?, ?, 60.00, 'Two heaters', 100.00, 'MADE', 'practitioner', ?)",
        UUID.randomUUID(), "matrix-s-" + crisis, crisis, person, at(start, 4));
    titles.put(EntryKind.CRISIS_PLAN, "Crisis plan made");

    UUID determination = UUID.randomUUID();
    db.update("insert into eligibility_determination (id, process_instance_id, activity_instance_id, person_id,"
        + " eligibility_for, rule_set, decision_key, decision_version, decision_definition_id, eligible, reason,"
        + " evidence, determined_by, determined_at) values (?, ?, 'a', ?, 'ADULT', 'ENGLAND', 'care-act-eligibility', 1,"
        + " 'd', true, 'Unable to achieve two outcomes', 'Seen at home', 'practitioner', ?)", determination,
        "matrix-" + determination, person, at(start, 30));
    db.update("insert into eligibility_need_result (determination_id, need_number, description, eligible, reason,"
        + " direct_payment) values (?, 1, 'Washing', true, 'Cannot wash without help', false)", determination);
    titles.put(EntryKind.ELIGIBILITY, "Eligibility: eligible");

    UUID plan = UUID.randomUUID();
    db.update("insert into support_plan (id, person_id, plan_type, status, delivery, weekly_cost, allocated_worker, team,"
        + " created_at, authorised_at, series_id, version_no, authorised_by, in_force_person_id, in_force_kind)"
        + " values (?, ?, 'CARE_AND_SUPPORT', 'ACTIVE', 'DIRECT_PAYMENT', 120.00, 'practitioner', 'practitioners', ?, ?,"
        + " ?, 1, 'teammanager', ?, 'ADULT')", plan, person, at(start, 40), at(start, 60), plan, person);
    db.update("insert into support_plan_item (id, plan_id, position, outcome, how_it_is_met, weekly_cost) values"
        + " (?, ?, 1, 'Washes daily', 'A carer each morning', 120.00)", UUID.randomUUID(), plan);
    titles.put(EntryKind.PLAN, "Care and support plan, version 1 in force");

    UUID lt3 = UUID.randomUUID();
    db.update("insert into lets_talk_3 (id, process_instance_id, person_id, involvement_id, started_at,"
        + " earlier_conversation_held, held_by, held_at, strengths_personal, outcomes_sought, financial_outcome,"
        + " weekly_contribution, personal_budget, support_plan_id, outcome, outcome_rationale, concluded_at) values"
        + " (?, ?, ?, ?, ?, true, 'practitioner', ?, 'Cheerful', 'To stay at home', 'WEEKLY_CONTRIBUTION', 20.00,"
        + " 120.00, ?, 'LONG_TERM_SUPPORT', 'Needs met at home', ?)", lt3, "matrix-" + lt3, person, involvement,
        at(start, 25), at(start, 29), plan, at(start, 61));
    titles.put(EntryKind.FINANCIAL_ASSESSMENT, "Financial assessment: a weekly contribution");

    UUID review = UUID.randomUUID();
    db.update("insert into review (id, plan_id, person_id, sequence_no, kind, due_date, notice_date, scheduled_at,"
        + " completed_at, completed_by, outcome, findings, person_took_part) values (?, ?, ?, 1, 'FIRST', ?, ?, ?, ?,"
        + " 'practitioner', 'NO_CHANGE', 'Going well', true)", review, plan, person, at(start, 110), at(start, 100),
        at(start, 60), at(start, 105));
    db.update("insert into review (id, plan_id, person_id, sequence_no, kind, due_date, notice_date, scheduled_at)"
        + " values (?, ?, ?, 2, 'SCHEDULED', ?, ?, ?)", UUID.randomUUID(), plan, person,
        Timestamp.from(Instant.now().plus(200, ChronoUnit.DAYS)), Timestamp.from(Instant.now().plus(190, ChronoUnit.DAYS)),
        at(start, 105));
    titles.put(EntryKind.REVIEW, "Review completed: no change to the plan");

    UUID authorisation = UUID.randomUUID();
    db.update("insert into authorisation_request (id, process_instance_id, request_type, person_id, requested_by,"
        + " requested_at, weekly_cost, residential, summary, level, status, decided_by, decided_at, decided_at_level,"
        + " reason) values (?, ?, 'LT3_SUPPORT_PLAN', ?, 'practitioner', ?, 120.00, false, 'Plan of 120 a week',"
        + " 'TEAM_MANAGER', 'APPROVED', 'teammanager', ?, 'TEAM_MANAGER', 'Proportionate')", authorisation,
        "matrix-" + authorisation, person, at(start, 50), at(start, 59));
    titles.put(EntryKind.AUTHORISATION, "long-term support plan: approved");

    db.update("insert into carer_link (id, carer_id, cared_for_id, relationship, hours_per_week, lives_together,"
        + " linked_at, linked_by) values (?, ?, ?, 'daughter', 20, false, ?, 'carers')", UUID.randomUUID(), carer,
        person, at(start, 10));
    titles.put(EntryKind.CARERS, "Carer recorded:");

    db.update("insert into case_note (id, note_id, note_version, person_id, note_date, kind, category, note_text,"
        + " written_by, written_at) values (?, ?, 1, ?, ?, 'VISIT', 'VERIFIED_FACT', 'Matrix visit note', 'practitioner',"
        + " ?)", UUID.randomUUID(), UUID.randomUUID(), person, LocalDate.now().minusDays(300), at(start, 100));
    titles.put(EntryKind.CASE_NOTE, "Matrix visit note");

    UUID team = db.queryForObject("select id from team order by name limit 1", UUID.class);
    UUID round = UUID.randomUUID();
    db.update("insert into audit_round (id, process_instance_id, audit_month, started_at) values (?, ?, ?, ?)",
        round, "matrix-" + round, LocalDate.now().withDayOfMonth(1).minusMonths(2), at(start, 300));
    db.update("insert into case_audit (id, round_id, auditor, person_id, worker, team_id, team_manager, wellbeing,"
        + " overall_grade, good_practice, completed_at) values (?, ?, 'servicemanager', ?, 'practitioner', ?,"
        + " 'teammanager', 'GOOD', 'GOOD', 'Strengths first', ?)", UUID.randomUUID(), round, person, team,
        at(start, 301));
    titles.put(EntryKind.AUDIT, "Case audit: overall good");

    db.update("insert into person_alert (id, person_id, kind, detail, added_by, added_at) values (?, ?,"
        + " 'COMMUNICATION_NEEDS', 'Speaks Welsh at home', 'teammanager', ?)", UUID.randomUUID(), person, at(start, 302));
    titles.put(EntryKind.ALERT, "Alert added: Communication needs");

    UUID concern = UUID.randomUUID();
    db.update("insert into safeguarding_concern (id, process_instance_id, person_id, person_name, raised_in, raised_by,"
        + " raised_at, description, immediate_danger, decision_due_at, route, decision_reason, decided_by, decided_at,"
        + " decided_in_time) values (?, ?, ?, 'Mattie Matrix', 'PROCESS', 'practitioner', ?, ?, false, ?, 'S42_ENQUIRY',"
        + " 'Financial abuse', 'safeguarding', ?, true)", concern, "matrix-" + concern, person, at(start, 200), CONCERN,
        at(start, 202), at(start, 201));
    titles.put(EntryKind.SAFEGUARDING, CONCERN);

    return new Case(person, titles, List.of("/api/conversations/" + lt1, "/api/conversations/" + lt3,
        "/api/crisis-plans/" + crisis, "/api/plans/" + plan, "/api/reviews/" + review,
        "/api/authorisation-requests/" + authorisation));
  }

  private static Timestamp at(Instant start, int days) {
    return Timestamp.from(start.plus(days, ChronoUnit.DAYS));
  }

  private ResponseEntity<String> get(String user, String path) {
    return http.withBasicAuth(user, SecurityFixtures.PASSWORD).exchange(path, HttpMethod.GET, null, String.class);
  }

  private ResponseEntity<String> post(String user, String path, Map<String, Object> body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, SecurityFixtures.PASSWORD)
        .exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }
}
