package org.letstalk;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The PostgreSQL the tests run on: the server named by {@code LETSTALK_TEST_DB_URL} (CI creates a fresh
 * database there), otherwise an embedded server started once for the whole test run.
 */
public final class TestDatabase {

  public static final String URL_VARIABLE = "LETSTALK_TEST_DB_URL";

  private static String url;
  private static EmbeddedPostgres embedded;

  private TestDatabase() {
  }

  public static synchronized String url() {
    if (url == null) {
      String configured = System.getenv(URL_VARIABLE);
      if (configured != null && !configured.isBlank()) {
        url = configured;
      } else {
        try {
          embedded = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
          throw new UncheckedIOException("Could not start embedded PostgreSQL; set " + URL_VARIABLE, e);
        }
        url = embedded.getJdbcUrl("postgres", "postgres");
      }
    }
    return url;
  }

  public static String username() {
    String user = System.getenv("LETSTALK_TEST_DB_USER");
    return user == null || user.isBlank() ? "postgres" : user;
  }
}
