package org.letstalk.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.letstalk.TestDatabase;
import org.springframework.boot.actuate.health.Status;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

class DatabaseHealthTest {

  @Test
  void answersAtOnceAndDownWhenTheDatabaseHangs() throws Exception {
    DataSource real = new DriverManagerDataSource(TestDatabase.url(), TestDatabase.username(), "");
    AtomicBoolean gone = new AtomicBoolean();
    DatabaseHealth health = new DatabaseHealth(new Hanging(real, gone), Duration.ofMillis(100));
    try {
      waitFor(health, Status.UP);

      gone.set(true);
      long started = System.nanoTime();
      waitFor(health, Status.DOWN);
      assertThat(Duration.ofNanos(System.nanoTime() - started)).as("down within a second").isLessThan(Duration.ofSeconds(1));
      for (int i = 0; i < 20; i++) {
        long asked = System.nanoTime();
        assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(Duration.ofNanos(System.nanoTime() - asked)).isLessThan(Duration.ofMillis(50));
      }

      gone.set(false);
      waitFor(health, Status.UP);
    } finally {
      health.destroy();
    }
  }

  private static void waitFor(DatabaseHealth health, Status status) throws InterruptedException {
    for (int i = 0; i < 100 && !health.health().getStatus().equals(status); i++) {
      Thread.sleep(20);
    }
    assertThat(health.health().getStatus()).isEqualTo(status);
  }

  /** A database that stops answering: a connection is asked for and never comes, as behind a dead network. */
  private record Hanging(DataSource real, AtomicBoolean gone) implements DataSource {

    @Override
    public Connection getConnection() throws SQLException {
      while (gone.get()) {
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          throw new SQLException("interrupted", e);
        }
      }
      return real.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
      return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
    }

    @Override
    public void setLoginTimeout(int seconds) {
    }

    @Override
    public int getLoginTimeout() {
      return 0;
    }

    @Override
    public Logger getParentLogger() {
      return Logger.getGlobal();
    }

    @Override
    public <T> T unwrap(Class<T> iface) {
      return null;
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
      return false;
    }
  }
}
