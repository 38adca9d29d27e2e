package letstalk.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * The inbox measured as installed (with the engine migrations in engine-db/), without them, and with Camunda's
 * other authorization-check query ({@code authorizationCheckRevokes: always}), one variant after the other.
 */
final class EngineIndexes {

  /** What the engine migrations create (engine-db/), and how to take it away again. */
  private static final List<String> MIGRATIONS = List.of("engine-db/common/V13__engine_task_due_date_index.sql",
      "engine-db/postgresql/V13_1__engine_authorization_statistics.sql");
  private static final String WITHOUT_MIGRATIONS = "drop index if exists lt_idx_task_due_date; "
      + "drop statistics if exists lt_stat_auth_columns; drop statistics if exists lt_stat_auth_perms";

  interface Change {
    void run(BenchDatabase db, ProcessEngineConfigurationImpl engine) throws Exception;
  }

  record Variant(String label, Change apply, Change undo) {
  }

  private static final Change NOTHING = (db, engine) -> { };

  static final List<Variant> VARIANTS = List.of(
      new Variant("without the engine migrations", (db, engine) -> execute(db, WITHOUT_MIGRATIONS),
          (db, engine) -> {
            for (String migration : MIGRATIONS) {
              execute(db, read(migration));
            }
          }),
      new Variant("as installed (engine migrations V13, V13.1)", NOTHING, NOTHING),
      // Instead of joining the user's authorization rows, one correlated look-up per task and permission.
      new Variant("as installed + authorizationCheckRevokes: always",
          (db, engine) -> engine.setAuthorizationCheckRevokes(ProcessEngineConfigurationImpl.AUTHORIZATION_CHECK_REVOKE_ALWAYS),
          (db, engine) -> engine.setAuthorizationCheckRevokes(ProcessEngineConfigurationImpl.AUTHORIZATION_CHECK_REVOKE_AUTO)));

  private EngineIndexes() {
  }

  static void execute(BenchDatabase db, String sql) throws Exception {
    try (Connection c = db.connect(); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static String read(String resource) {
    try (InputStream in = EngineIndexes.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is not on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
