package org.letstalk.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.letstalk.PostgresTest;
import org.letstalk.ProcessTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/** The nightly record-retention run: closed cases past the period anonymised, old access log entries removed. */
@PostgresTest
class RecordRetentionProcessTest extends ProcessTestSupport {

  private static final String KEY = "record-retention";
  private static final long YEAR_DAYS = 366;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  TestRestTemplate http;

  @Autowired
  RecordRetention retention;

  @Test
  void eachNightClosedCasesPastRetentionAreAnonymisedAndOldAccessLogEntriesGo() {
    Instant now = Instant.now();
    UUID closedLongAgo = personWithInvolvement("Retention", "CLOSED", now.minus(9 * YEAR_DAYS, ChronoUnit.DAYS));
    UUID closedLately = personWithInvolvement("Recent", "CLOSED", now.minus(2 * YEAR_DAYS, ChronoUnit.DAYS));
    UUID stillOpen = personWithInvolvement("Open", "OPEN", null);
    UUID oldEntry = accessLogEntry(stillOpen, now.minus(7 * YEAR_DAYS, ChronoUnit.DAYS));
    UUID newEntry = accessLogEntry(stillOpen, now.minus(30, ChronoUnit.DAYS));
    UUID goneLetter = givenDocument(closedLongAgo);
    UUID keptLetter = givenDocument(closedLately);
    UUID keptPlan = givenDocument(stillOpen);

    String run = fireTimer();

    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(run).list())
        .extracting(HistoricActivityInstance::getActivityId).contains("StartEvent_EveryNight",
            "Task_AnonymiseClosedCases", "Task_RemoveDocuments", "Task_TrimAccessLog", "EndEvent_RetentionApplied");
    Map<String, Object> anonymised = jdbc.queryForMap("select * from person where id = ?", closedLongAgo);
    assertThat(anonymised).containsEntry("given_name", "Anonymised").containsEntry("family_name", "Anonymised")
        .containsEntry("nhs_number", null).containsEntry("date_of_birth", null).containsEntry("postcode", null);
    assertThat(anonymised.get("anonymised_at")).isNotNull();
    assertThat(jdbc.queryForMap("select * from contact where person_id = ?", closedLongAgo))
        .containsEntry("given_name", "Anonymised").containsEntry("nhs_number", null)
        .containsEntry("presenting_need", RecordRetention.REMOVED);
    assertThat(jdbc.queryForList("select note_text from case_note where person_id = ?", String.class, closedLongAgo))
        .containsOnly(RecordRetention.REMOVED);
    for (UUID kept : new UUID[] {closedLately, stillOpen}) {
      assertThat(jdbc.queryForObject("select anonymised_at from person where id = ?", Timestamp.class, kept))
          .as("a case closed within the period, or open, is kept").isNull();
      assertThat(jdbc.queryForList("select note_text from case_note where person_id = ?", String.class, kept))
          .doesNotContain(RecordRetention.REMOVED);
    }
    assertThat(jdbc.queryForList("select id from record_access where id in (?, ?)", UUID.class, oldEntry, newEntry))
        .containsExactly(newEntry);
    assertThat(jdbc.queryForList("select id from person_document where id in (?, ?, ?)", UUID.class, goneLetter,
        keptLetter, keptPlan)).as("the anonymised person's documents are deleted, everyone else's kept")
        .containsExactlyInAnyOrder(keptLetter, keptPlan);
    assertThat(jdbc.queryForList("select document_id from document_given where document_id in (?, ?, ?)", UUID.class,
        goneLetter, keptLetter, keptPlan)).containsExactlyInAnyOrder(keptLetter, keptPlan);
    assertThat(retention.runs(run)).extracting(RecordRetention.Done::rule, d -> d.records() >= 1)
        .containsExactlyInAnyOrder(Tuple.tuple(RetentionRule.ACCESS_LOG, true),
            Tuple.tuple(RetentionRule.CLOSED_CASES, true), Tuple.tuple(RetentionRule.DOCUMENTS_OF_ANONYMISED, true));
  }

  @Test
  void aRuleRunAgainInTheSameRunChangesNothingMore() {
    String run = "retry-" + UUID.randomUUID();
    RecordRetention.Done first = retention.anonymiseClosedCases(run);
    UUID closedLongAgo = personWithInvolvement("Late", "CLOSED", Instant.now().minus(9 * YEAR_DAYS, ChronoUnit.DAYS));

    assertThat(retention.anonymiseClosedCases(run)).as("the retried step finds its record").isEqualTo(first);
    assertThat(jdbc.queryForObject("select anonymised_at from person where id = ?", Timestamp.class, closedLongAgo))
        .isNull();
    assertThat(jdbc.queryForObject("select count(*) from retention_run where process_instance_id = ?", Integer.class,
        run)).isOne();
  }

  /** A person recorded through the front door, with an involvement in the given state and a case note. */
  private UUID personWithInvolvement(String given, String status, Instant endedAt) {
    String family = "Ret" + Long.toString(UUID.randomUUID().getMostSignificantBits() & 0xffffffffL, 36);
    var answer = http.withBasicAuth("frontdoor", "demo").postForEntity("/api/contacts", Map.of("givenName", given,
        "familyName", family, "dateOfBirth", "1930-01-02", "postcode", "M33 7XX", "routeOfAccess", "SELF",
        "contactMethod", "PHONE", "presentingNeed", "Lonely since " + given + " moved", "consentToShare", true),
        Map.class);
    assertThat(answer.getStatusCode().value()).isEqualTo(201);
    UUID person = UUID.fromString(answer.getBody().get("personId").toString());
    Instant started = endedAt == null ? Instant.now() : endedAt.minus(100, ChronoUnit.DAYS);
    jdbc.update("insert into involvement (id, process_instance_id, person_id, status, started_at, ended_at,"
        + " open_person_id) values (?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID(), "retention-" + UUID.randomUUID(), person,
        status, Timestamp.from(started), endedAt == null ? null : Timestamp.from(endedAt),
        "OPEN".equals(status) ? person : null);
    jdbc.update("insert into case_note (id, note_id, note_version, person_id, note_date, kind, category, note_text,"
        + " written_by, written_at) values (?, ?, 1, ?, current_date, 'CALL', 'VERIFIED_FACT', ?, 'practitioner', now())",
        UUID.randomUUID(), UUID.randomUUID(), person, "Rang " + given + " about the lunch club");
    return person;
  }

  /** A document made for the person and given to them, as the documents' steps store it. */
  private UUID givenDocument(UUID person) {
    UUID id = UUID.randomUUID();
    jdbc.update("insert into person_document (id, person_id, kind, source_id, title, language, template_version,"
        + " content, content_sha256, made_by, made_at, html) values (?, ?, 'CLOSURE_LETTER', ?, 'Your support from us"
        + " has ended', 'ENGLISH', 'v1', ?, 'sha', 'teammanager', now(), ?)", id, person, UUID.randomUUID(),
        new byte[] {'%', 'P', 'D', 'F'}, "<p>Dear you</p>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    jdbc.update("insert into document_given (id, document_id, how, given_at, given_by, recorded_at)"
        + " values (?, ?, 'POST', now(), 'practitioner', now())", UUID.randomUUID(), id);
    return id;
  }

  private UUID accessLogEntry(UUID person, Instant at) {
    UUID id = UUID.randomUUID();
    jdbc.update("insert into record_access (id, person_id, user_id, action, accessed_at) values (?, ?, ?, ?, ?)",
        id, person, "practitioner", "READ", Timestamp.from(at));
    return id;
  }

  private String fireTimer() {
    Job timer = management.createJobQuery().processDefinitionKey(KEY).timers().active().singleResult();
    assertThat(timer).as("the nightly timer is scheduled").isNotNull();
    Set<String> before = runs();
    management.executeJob(timer.getId());
    Set<String> started = runs();
    started.removeAll(before);
    assertThat(started).as("one run").hasSize(1);
    return started.iterator().next();
  }

  private Set<String> runs() {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(KEY).list().stream()
        .map(HistoricProcessInstance::getId).collect(Collectors.toSet());
  }
}
