package org.letstalk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.letstalk.contact.ContactRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The newcomer's default: H2 with the same migrations, the engine and the demo users. Its engine has its
 * own name: engines register by name for the whole JVM, and a second "default" would take over the engine
 * REST API of the PostgreSQL tests that run after this one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"spring.datasource.url=jdbc:h2:mem:embedded-default;DB_CLOSE_DELAY=-1",
        "camunda.bpm.process-engine-name=embeddedDefault"})
@ActiveProfiles("test")
class EmbeddedDefaultTest {

  @Autowired
  TestRestTemplate http;

  @Autowired
  ContactRepository contacts;

  @Autowired
  IdentityService identity;

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void runsOnH2WithDemoUsersAndRecordsAContact() {
    assertThat(identity.createUserQuery().memberOfGroup("front-door").count()).isPositive();
    assertThat(identity.createUserQuery().userId("practitioner2").memberOfGroup("practitioners").count()).isOne();
    assertThat(identity.createUserQuery().userId("teammanager2").memberOfGroup("team-managers").count()).isOne();

    var answer = http.withBasicAuth("frontdoor", "demo").postForEntity("/api/contacts", Map.of(
        "givenName", "Hywel", "familyName", "Jones", "routeOfAccess", "HOSPITAL", "contactMethod", "REFERRAL_SYSTEM",
        "contactName", "Ward 4 discharge team", "presentingNeed", "Going home tomorrow", "consentToShare", true),
        Map.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(contacts.count()).isOne();

    // The dashboard's queries run on H2 too.
    var metrics = http.withBasicAuth("teammanager", "demo").getForEntity("/api/metrics", Map.class);
    assertThat(metrics.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(((Map<?, ?>) ((Map<?, ?>) metrics.getBody().get("contacts")).get("total")).get("count")).isEqualTo(1);
    assertThat(http.withBasicAuth("teammanager", "demo").getForEntity("/dashboard", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(http.withBasicAuth("teammanager", "demo")
        .getForEntity("/dashboard/statutory-return.csv?year=2025", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void theEngineMigrationsRunOnH2Too() {
    assertThat(jdbc.queryForList("select \"version\" from \"flyway_engine_history\" where \"success\"", String.class))
        .contains("13", "14");
    assertThat(jdbc.queryForObject("select count(*) from information_schema.indexes where index_name = "
        + "'LT_IDX_TASK_DUE_DATE'", Integer.class)).isZero();
  }
}
