package letstalk.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * The inbox measured as installed (the engine migrations in engine-db/, authorizationCheckRevokes always), with
 * the due-date index V13 added and V14 dropped again, and with Camunda's default authorization check ({@code authorizationCheckRevokes: auto},
 * which joins all the user's authorization rows), one variant after the other.
 */
final class EngineIndexes {

  private static final String MIGRATION = "engine-db/V13__engine_task_due_date_index.sql";
  private static final String DROP_INDEX = "drop index if exists lt_idx_task_due_date";

  interface Change {
    void run(BenchDatabase db, ProcessEngineConfigurationImpl engine) throws Exception;
  }

  record Variant(String label, Change apply, Change undo) {
  }

  private static final Change NOTHING = (db, engine) -> { };

  static final List<Variant> VARIANTS = List.of(
      new Variant("as installed", NOTHING, NOTHING),
      new Variant("with the due-date index of V13 (dropped by V14)", (db, engine) -> execute(db, read(MIGRATION)),
          (db, engine) -> execute(db, DROP_INDEX)),
      new Variant("with Camunda's default authorizationCheckRevokes: auto",
          (db, engine) -> engine.setAuthorizationCheckRevokes(ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_AUTO),
          (db, engine) -> engine.setAuthorizationCheckRevokes(
              ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_ALWAYS)));

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
