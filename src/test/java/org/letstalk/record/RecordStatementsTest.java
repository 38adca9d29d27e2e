package org.letstalk.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.letstalk.PostgresTest;
import org.letstalk.StatementCounter;
import org.letstalk.StatementCounter.Counted;
import org.letstalk.identity.Groups;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
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
    assertThat(firstPage.answer().total()).isGreaterThanOrEqualTo(500);
    assertThat(summary.statements()).as("statements for the summary").isLessThanOrEqualTo(SUMMARY_STATEMENTS);
    assertThat(firstPage.statements()).as("statements for the first chronology page")
        .isLessThanOrEqualTo(FIRST_PAGE_STATEMENTS);
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
