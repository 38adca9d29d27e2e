package org.letstalk.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.letstalk.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The engine's tables get the inbox indexes and statistics once the engine has created them. */
@PostgresTest
class EngineMigrationsTest {

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void theEngineMigrationsRanAfterTheEngineCreatedItsTables() {
    assertThat(jdbc.queryForList("select version from " + EngineMigrations.HISTORY_TABLE
        + " where success and version is not null order by installed_rank", String.class))
        .contains("13", "13.1");
    assertThat(jdbc.queryForList("select indexname from pg_indexes where tablename = 'act_ru_task'", String.class))
        .contains("lt_idx_task_due_date");
    assertThat(jdbc.queryForList("select stxname from pg_statistic_ext", String.class))
        .containsAll(List.of("lt_stat_auth_columns", "lt_stat_auth_perms"));
  }
}
