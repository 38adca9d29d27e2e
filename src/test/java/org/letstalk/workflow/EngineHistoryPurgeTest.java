package org.letstalk.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.letstalk.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * The one-off purge of the engine's history written before it stopped recording sensitive variables
 * (engine-db/V15): their rows and byte arrays go, every other row stays.
 */
@PostgresTest
class EngineHistoryPurgeTest {

  static final String PURGE = "engine-db/V15__purge_sensitive_variables_from_history.sql";

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  DataSource dataSource;

  @Test
  void thePurgeRanWithTheEngineMigrations() {
    assertThat(jdbc.queryForList("select version from " + EngineMigrations.HISTORY_TABLE
        + " where success and version is not null", String.class)).contains("15");
  }

  @Test
  void historyWrittenBeforeTheReleaseLosesEverySensitiveValueAndKeepsEveryOtherRow() {
    String run = UUID.randomUUID().toString().substring(0, 8);
    bytes(run + "-concern");
    variable(run + "-concern", run, "concernDescription", null, run + "-concern");
    variable(run + "-name", run, "givenName", "Olwen", null);
    variable(run + "-person", run, "personId", "a-person", null);
    bytes(run + "-kept");
    variable(run + "-kept", run, "checkInGrace", null, run + "-kept");
    bytes(run + "-alleged");
    detail(run + "-alleged", run, "concernAllegedPersonName", null, run + "-alleged");
    detail(run + "-form", run, "nhsNumber", "9434765919", null);
    detail(run + "-route", run, "route", "S42_ENQUIRY", null);

    new ResourceDatabasePopulator(new ClassPathResource(PURGE)).execute(dataSource);

    assertThat(jdbc.queryForList("select name_ from act_hi_varinst where proc_inst_id_ = ?", String.class, run))
        .containsExactlyInAnyOrder("personId", "checkInGrace");
    assertThat(jdbc.queryForList("select name_ from act_hi_detail where proc_inst_id_ = ?", String.class, run))
        .containsExactly("route");
    assertThat(jdbc.queryForList("select id_ from act_ge_bytearray where id_ like ?", String.class, run + "%"))
        .containsExactly(run + "-kept");
  }

  @Test
  void theEngineMigrationsPurgeEveryVariableTheHistoryNoLongerRecords() throws IOException {
    StringBuilder migrations = new StringBuilder();
    for (Resource migration : new PathMatchingResourcePatternResolver().getResources("classpath:engine-db/*.sql")) {
      migrations.append(migration.getContentAsString(StandardCharsets.UTF_8));
    }
    assertThat(SensitiveVariables.NAMES).as("a name added since needs its own purge of the history before it")
        .allSatisfy(name -> assertThat(migrations).contains("'" + name + "'"));
  }

  private void bytes(String id) {
    jdbc.update("insert into act_ge_bytearray (id_, rev_, name_, bytes_, generated_, type_, create_time_) "
        + "values (?, 1, 'hist.var-value', ?, false, 3, ?)", id, "value".getBytes(StandardCharsets.UTF_8), now());
  }

  private void variable(String id, String processInstance, String name, String text, String bytes) {
    jdbc.update("insert into act_hi_varinst (id_, proc_inst_id_, execution_id_, name_, var_type_, create_time_, "
        + "rev_, bytearray_id_, text_, state_) values (?, ?, ?, ?, ?, ?, 1, ?, ?, 'CREATED')", id, processInstance,
        processInstance, name, bytes == null ? "string" : "bytes", now(), bytes, text);
  }

  private void detail(String id, String processInstance, String name, String text, String bytes) {
    jdbc.update("insert into act_hi_detail (id_, type_, proc_inst_id_, execution_id_, name_, var_type_, rev_, "
        + "time_, bytearray_id_, text_) values (?, 'VariableUpdate', ?, ?, ?, ?, 1, ?, ?, ?)", id, processInstance,
        processInstance, name, bytes == null ? "string" : "bytes", now(), bytes, text);
  }

  private static Timestamp now() {
    return Timestamp.from(Instant.now());
  }
}
