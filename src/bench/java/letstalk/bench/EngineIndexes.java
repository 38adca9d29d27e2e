package letstalk.bench;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

/**
 * Changes to the engine's own tables that the inbox queries could use, tried one on top of the other.
 * Flyway runs before the engine creates its tables, so these cannot ship as migrations; the benchmark
 * measures the inbox with and without them and removes them again.
 */
final class EngineIndexes {

  record Step(String label, String create, String drop) {
  }

  static final List<Step> STEPS = List.of(
      new Step("+ index on act_ru_task (due_date_)",
          "create index if not exists bench_task_due_date on act_ru_task (due_date_)",
          "drop index if exists bench_task_due_date"),
      // The authorization join's row estimate is off by two orders of magnitude (bit tests on perms_ and
      // correlated columns), so the planner scans all authorizations instead of looking them up per task.
      new Step("+ that index and statistics on act_ru_authorization",
          "create statistics if not exists bench_auth_columns on resource_type_, type_, group_id_ "
              + "from act_ru_authorization; "
              + "create statistics if not exists bench_auth_perms on (perms_ & 2), (perms_ & 64) "
              + "from act_ru_authorization",
          "drop statistics if exists bench_auth_columns; drop statistics if exists bench_auth_perms"));

  private EngineIndexes() {
  }

  static void execute(BenchDatabase db, String sql) throws Exception {
    try (Connection c = db.connect(); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
