package org.letstalk.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.letstalk.PostgresTest;
import org.letstalk.StatementCounter;
import org.letstalk.StatementCounter.Counted;
import org.letstalk.identity.Groups;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The summary and the first chronology page of a person with 500 entries (bench/record-data.sql, the benchmark's
 * busy person) ask the database a fixed, small number of statements: one more query a row would show here first.
 * docs/benchmarks.md has the times; this keeps the count from creeping back.
 */
@PostgresTest
@Import(StatementCounter.class)
class RecordStatementsTest {

  /**
   * What each read asks today (measured, 2026-12-07), the person's row, the record policy and the access log's insert
   * included: one query a source, whatever the number of entries. Lower it when a read asks less.
   */
  static final int SUMMARY_STATEMENTS = 19;
  static final int FIRST_PAGE_STATEMENTS = 33;

  @Autowired
  PersonRecords records;

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void theSummaryAndTheFirstPageOfAFiveHundredEntryRecordAskAFewStatementsEach() throws Exception {
    UUID busy = busyPerson();
    Viewer practitioner = new Viewer("practitioner", List.of(Groups.PRACTITIONERS));
    // Warm, as a worker's second look is: the engine and JPA have what they read at start-up.
    records.summary(busy, practitioner, AccessLog.READ_API);
    records.chronology(busy, practitioner, ChronologyQuery.firstPage());

    Counted<PersonSummary> summary = StatementCounter.counted(
        () -> records.summary(busy, practitioner, AccessLog.READ_API));
    Counted<ChronologyPage> firstPage = StatementCounter.counted(
        () -> records.chronology(busy, practitioner, ChronologyQuery.firstPage()));

    assertThat(summary.answer().sections().get(RecordSection.ACTIVE_PLANS)).as("the plan in force is summarised")
        .isNotEmpty();
    assertThat(firstPage.answer().entries()).hasSize(ChronologyQuery.PAGE_SIZE);
    assertThat(firstPage.answer().hasNext()).isTrue();
    assertThat(summary.statements()).as("statements for the summary").isLessThanOrEqualTo(SUMMARY_STATEMENTS);
    assertThat(firstPage.statements()).as("statements for the first chronology page")
        .isLessThanOrEqualTo(FIRST_PAGE_STATEMENTS);
  }

  @Test
  void theTenthPageAsksWhatTheFirstDoesAndTheContactsAndNotesItReadsComeThroughTheirIndexFromThePlaceOn()
      throws Exception {
    UUID busy = busyPerson();
    Viewer practitioner = new Viewer("practitioner", List.of(Groups.PRACTITIONERS));
    ChronologyPage page = records.chronology(busy, practitioner, ChronologyQuery.firstPage());
    for (int i = 2; i < 10; i++) {
      page = records.chronology(busy, practitioner, new ChronologyQuery(null, null, null, page.next()));
    }
    ChronologyCursor ninthEnded = page.next();
    Counted<ChronologyPage> first = StatementCounter.counted(
        () -> records.chronology(busy, practitioner, ChronologyQuery.firstPage()));
    Counted<ChronologyPage> tenth = StatementCounter.counted(
        () -> records.chronology(busy, practitioner, new ChronologyQuery(null, null, null, ninthEnded)));

    assertThat(tenth.answer().entries()).hasSize(ChronologyQuery.PAGE_SIZE);
    assertThat(tenth.statements()).as("the tenth page asks what the first does").isEqualTo(first.statements());

    // The statements ContactRepository.chronologyPage and CaseNoteRepository.chronologyPage send, from the place the
    // ninth page ended: each reads its index on the person from that place, in the chronology's order, and no more.
    String at = "timestamptz '" + ninthEnded.at() + "'";
    String id = "uuid '" + ninthEnded.id() + "'";
    String contacts = plan("(select c.* from contact c where c.person_id = '" + busy + "'"
        + " and c.arrived_at >= timestamptz '1900-01-01Z' and c.arrived_at < timestamptz '9999-12-31Z'"
        + " and (c.arrived_at, c.id) <= (" + at + ", " + id + ") and (true or c.safeguarding_concern)"
        + " order by c.arrived_at desc, c.id desc limit 27) union all"
        + " (select c.* from contact c where c.person_id = '" + busy + "'"
        + " and c.outcome_decided_at >= timestamptz '1900-01-01Z' and c.outcome_decided_at < timestamptz '9999-12-31Z'"
        + " and (c.outcome_decided_at, c.id) <= (" + at + ", " + id + ")"
        + " order by c.outcome_decided_at desc, c.id desc limit 27)");
    assertThat(contacts).as(contacts).contains("Index Scan Backward using contact_person on contact")
        .contains("Index Scan Backward using contact_person_decided on contact").doesNotContain("Seq Scan")
        .doesNotContain("Sort");
    String day = "date '" + ChronologyQuery.dayOf(ninthEnded.at()) + "'";
    String notes = plan("select n.*, (select max(v.note_version) from case_note v where v.note_id = n.note_id)"
        + " from case_note n where n.person_id = '" + busy + "' and n.note_date >= date '1900-01-01'"
        + " and n.note_date <= " + day + " and (n.note_date < " + day + " or n.id <= " + id + ")"
        + " order by n.note_date desc, n.id desc limit 27");
    assertThat(notes).as(notes).contains("Index Scan Backward using case_note_person on case_note")
        .doesNotContain("Seq Scan").doesNotContain("Sort");
  }

  @Test
  void theRecordPageReadsThePersonsContactsOnceAndTheirNotesOnce() throws Exception {
    UUID busy = busyPerson();
    Viewer practitioner = new Viewer("practitioner", List.of(Groups.PRACTITIONERS));
    records.read(busy, practitioner, ChronologyQuery.firstPage(), AccessLog.READ_PAGE);

    Counted<PersonRecord> page = StatementCounter.counted(
        () -> records.read(busy, practitioner, ChronologyQuery.firstPage(), AccessLog.READ_PAGE));

    assertThat(page.answer().currentNotes()).hasSize(100);
    assertThat(page.answer().chronology().entries()).hasSize(ChronologyQuery.PAGE_SIZE);
    assertThat(page.sql().stream().filter(sql -> FROM_CONTACT.matcher(sql).find()))
        .as("statements reading the contacts").hasSize(1);
    assertThat(page.sql().stream().filter(sql -> FROM_CASE_NOTE.matcher(sql).find()))
        .as("statements reading the case notes").hasSize(1);
  }

  private static final Pattern FROM_CONTACT = Pattern.compile("\\bfrom contact\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern FROM_CASE_NOTE = Pattern.compile("\\bfrom case_note\\b", Pattern.CASE_INSENSITIVE);

  /**
   * What PostgreSQL plans to do for a query, as EXPLAIN says it (not run), when it may not sort: whether an index on the
   * person gives the chronology's order from the place on. The test database holds a few thousand contacts, nearly all
   * made today, so left to itself the planner may as well read the index by date and sort the handful it finds; among a
   * council's contacts (the benchmark's data set) the person's index is the only cheap way.
   */
  private String plan(String sql) {
    return jdbc.execute((ConnectionCallback<String>) connection -> {
      try (Statement s = connection.createStatement()) {
        s.execute("set enable_sort = off");
        s.execute("set enable_incremental_sort = off");
        List<String> lines = new ArrayList<>();
        try (ResultSet plan = s.executeQuery("explain " + sql)) {
          while (plan.next()) {
            lines.add(plan.getString(1));
          }
        }
        s.execute("reset enable_sort");
        s.execute("reset enable_incremental_sort");
        return String.join("\n", lines);
      }
    });
  }

  /** The benchmark's busy person, added once to the test database. */
  private UUID busyPerson() throws Exception {
    List<UUID> found = jdbc.queryForList("select id from person where name_key = 'busybench'", UUID.class);
    if (found.isEmpty()) {
      jdbc.execute(Files.readString(Path.of("bench/record-data.sql"), StandardCharsets.UTF_8) + "\ndiscard temp;");
      found = jdbc.queryForList("select id from person where name_key = 'busybench'", UUID.class);
    }
    return found.get(0);
  }
}
