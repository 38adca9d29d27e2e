package letstalk.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The PostgreSQL the benchmark runs on: the database named by {@code LETSTALK_BENCH_DB_URL}, or a fresh one
 * it creates on the machine's server (127.0.0.1:5432) and drops afterwards.
 */
final class BenchDatabase implements AutoCloseable {

  private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

  final String url;
  final String user;
  final String password;
  private final String created;

  private BenchDatabase(String url, String user, String password, String created) {
    this.url = url;
    this.user = user;
    this.password = password;
    this.created = created;
  }

  static BenchDatabase open() throws SQLException {
    String user = env("LETSTALK_BENCH_DB_USER", "postgres");
    String password = env("LETSTALK_BENCH_DB_PASSWORD", "");
    String configured = env("LETSTALK_BENCH_DB_URL", "");
    if (!configured.isBlank()) {
      return new BenchDatabase(configured, user, password, null);
    }
    String name = "letstalk_bench_" + System.currentTimeMillis();
    try (Connection c = DriverManager.getConnection(SERVER + "postgres", user, password);
        Statement s = c.createStatement()) {
      s.execute("create database " + name);
    }
    return new BenchDatabase(SERVER + name, user, password, name);
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }

  @Override
  public void close() throws SQLException {
    if (created == null) {
      return;
    }
    try (Connection c = DriverManager.getConnection(SERVER + "postgres", user, password);
        Statement s = c.createStatement()) {
      s.execute("drop database if exists " + created + " with (force)");
    }
  }

  private static String env(String name, String otherwise) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? otherwise : value;
  }
}
