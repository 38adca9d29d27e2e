package letstalk.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;

/**
 * The database's own limit: single-row insert-and-commit transactions per second that plain JDBC clients
 * achieve on the same server, with the server's own durability settings.
 */
final class CommitCeiling {

  private CommitCeiling() {
  }

  static Load.Outcome measure(BenchDatabase db, int clients, double seconds) throws Exception {
    try (Connection c = db.connect(); Statement s = c.createStatement()) {
      s.execute("create table if not exists bench_commit (id bigint generated always as identity primary key,"
          + " client integer not null, at timestamp with time zone not null default now(), note varchar(40))");
    }
    Connection[] connections = new Connection[clients];
    try {
      for (int i = 0; i < clients; i++) {
        connections[i] = db.connect();
        connections[i].setAutoCommit(true);
      }
      return Load.run(clients, seconds, number -> {
        try {
          PreparedStatement insert = connections[number]
              .prepareStatement("insert into bench_commit (client, note) values (?, 'one row, one commit')");
          insert.setInt(1, number);
          return insert::executeUpdate;
        } catch (java.sql.SQLException e) {
          throw new IllegalStateException(e);
        }
      });
    } finally {
      for (Connection c : connections) {
        if (c != null) {
          c.close();
        }
      }
    }
  }

  static void dropTable(BenchDatabase db) throws Exception {
    try (Connection c = db.connect(); Statement s = c.createStatement()) {
      s.execute("drop table if exists bench_commit");
    }
  }
}
