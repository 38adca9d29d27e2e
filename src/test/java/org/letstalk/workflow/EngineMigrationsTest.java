package org.letstalk.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.junit.jupiter.api.Test;
import org.letstalk.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** What keeps the inboxes quick with many open tasks (docs/benchmarks.md, "Inbox latency"). */
@PostgresTest
class EngineMigrationsTest {

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  ProcessEngine engine;

  @Test
  void theEngineMigrationsRanAfterTheEngineCreatedItsTables() {
    assertThat(jdbc.queryForList("select version from " + EngineMigrations.HISTORY_TABLE
        + " where success and version is not null", String.class)).contains("13", "14");
    assertThat(jdbc.queryForList("select indexname from pg_indexes where tablename = 'act_ru_task'", String.class))
        .as("the due-date index, dropped again because it slowed the practitioner's inbox")
        .doesNotContain("lt_idx_task_due_date");
  }

  @Test
  void theAuthorizationCheckLooksUpEachTaskInsteadOfJoiningAllTheGroupsRows() {
    assertThat(engine.getProcessEngineConfiguration()).extracting("authorizationCheckRevokes")
        .isEqualTo(ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_ALWAYS);
  }
}
