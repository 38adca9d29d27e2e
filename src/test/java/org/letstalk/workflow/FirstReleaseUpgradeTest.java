package org.letstalk.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.letstalk.TestDatabase;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/**
 * A database of release 42ac2d3 holds db V1-V8.1 and V11 but not V9 and V10, which were added below V11 after it
 * shipped. With the application's Flyway settings the current migrations still apply to it.
 */
class FirstReleaseUpgradeTest {

  static final List<String> RELEASE_42AC2D3 = List.of("V1__person_and_contact.sql", "V2__conversations.sql",
      "V3__safeguarding.sql", "V4__eligibility.sql", "V5__record_notes_teams_audit.sql",
      "V7__support_plans_and_reviews.sql", "V8__lets_talk_3.sql", "V8_1__lets_talk_1_funding_change.sql",
      "V11__unique_business_keys.sql");

  final String schema = "release_42ac2d3_" + ProcessHandle.current().pid();

  @TempDir
  Path release;

  @AfterEach
  void dropSchema() throws SQLException {
    try (Connection c = DriverManager.getConnection(TestDatabase.url(), TestDatabase.username(), "")) {
      c.createStatement().execute("drop schema if exists " + schema + " cascade");
    }
  }

  @Test
  void aDatabaseOfTheFirstReleaseTakesTheMigrationsAddedBelowItsNewest() throws IOException {
    for (String file : RELEASE_42AC2D3) {
      Files.copy(Path.of("db", file), release.resolve(file));
    }
    flyway().locations("filesystem:" + release).load().migrate();

    assertThatThrownBy(() -> flyway().load().migrate())
        .as("Flyway's refusal without out-of-order, as the first release's operators met it")
        .hasMessageContaining("not applied to database");

    Properties settings = applicationSettings();
    var result = flyway().outOfOrder(Boolean.parseBoolean(settings.getProperty("spring.flyway.out-of-order")))
        .load().migrate();
    assertThat(result.migrations).extracting(m -> m.version)
        .as("the two below its newest, any added since, and none it already had").contains("9", "10")
        .noneMatch(v -> RELEASE_42AC2D3.stream().anyMatch(f -> f.startsWith("V" + v.replace('.', '_') + "__")));
    assertThat(flyway().outOfOrder(true).load().info().pending()).isEmpty();
  }

  FluentConfiguration flyway() {
    return Flyway.configure().dataSource(TestDatabase.url(), TestDatabase.username(), "").schemas(schema)
        .locations("filesystem:db");
  }

  static Properties applicationSettings() {
    YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
    yaml.setResources(new ClassPathResource("application.yml"));
    return yaml.getObject();
  }
}
