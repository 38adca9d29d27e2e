package org.letstalk.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.ActiveProfiles;

/**
 * The production profile as a council runs it (on an in-memory database: what is checked here is the settings, not
 * the SQL). Its engine has its own name so that it does not take over the PostgreSQL tests' engine.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"spring.datasource.url=jdbc:h2:mem:production;DB_CLOSE_DELAY=-1", "spring.datasource.username=sa",
        "camunda.bpm.process-engine-name=production",
        "camunda.bpm.admin-user.id=firstadmin", "camunda.bpm.admin-user.password=Kettle-Harbour-42"})
@ActiveProfiles({"production", "test"})
class ProductionProfileTest {

  @Autowired
  TestRestTemplate http;

  @Autowired
  IdentityService identity;

  @Autowired
  ProcessEngine engine;

  @AfterEach
  void removeTestUser() {
    identity.deleteUser("weakpassword");
  }

  @Test
  void sessionAndCsrfCookiesAreSentOverHttpsOnly() {
    HttpHeaders headers = http.getForEntity("/camunda/app/tasklist/production/", String.class).getHeaders();
    List<String> cookies = headers.getOrDefault(HttpHeaders.SET_COOKIE, List.of());

    assertThat(cookies).filteredOn(c -> c.startsWith("JSESSIONID=") || c.startsWith("XSRF-TOKEN="))
        .isNotEmpty().allSatisfy(c -> assertThat(c).containsPattern(";\\s*Secure"));
  }

  @Test
  void aWeakPasswordIsRefused() {
    User user = identity.newUser("weakpassword");
    user.setPassword("a");

    assertThatThrownBy(() -> identity.saveUser(user)).hasMessageContaining("does not match policy");
    assertThat(identity.checkPassword("firstadmin", "Kettle-Harbour-42")).isTrue();
  }

  @Test
  void historyCleanupIsScheduledForTheNight() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();

    assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("22:00");
    assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("06:00");
    assertThat(engine.getHistoryService().findHistoryCleanupJobs()).as("the cleanup job waits for its window")
        .isNotEmpty();
  }

  @Test
  void noDemoUsers() {
    assertThat(identity.createUserQuery().userId("practitioner").count()).isZero();
  }
}
