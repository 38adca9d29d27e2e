package org.letstalk.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.letstalk.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;

/**
 * What an operator's log shows of people's typing mistakes: a WARN line naming the field and the rule, never what
 * was typed, never a stack trace, and nothing at ERROR, which is kept for what an operator must act on.
 */
@PostgresTest
@ExtendWith(OutputCaptureExtension.class)
class LogHygieneTest {

  static final String NAME = "Philomena Quaritch";
  static final String NHS_NUMBER = "9434765919";

  @Autowired
  TestRestTemplate http;

  @Autowired
  TaskService tasks;

  @Test
  void aJourneyWithBadInputWritesNoPersonalDataAndNoErrorToTheLog(CapturedOutput output) {
    LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
    // The test profile silences the engine's command log; production logs it at INFO.
    logging.setLogLevel("org.camunda.bpm.engine.context", LogLevel.INFO);
    int start = output.getAll().length();
    try {
      Map<String, Object> contact = new HashMap<>(Map.of("givenName", "Philomena", "familyName", "Quaritch",
          "nhsNumber", NHS_NUMBER, "routeOfAccess", "SELF", "contactMethod", "PHONE",
          "presentingNeed", "Lives alone; " + NAME, "consentToShare", true));
      contact.put("dateOfBirth", "not a date " + NAME);
      assertThat(http.exchange(RequestEntity.post("/api/contacts").header("X-Request-Id", "req-bad-date-1")
          .header("Authorization", basic("frontdoor")).body(contact), Map.class))
          .satisfies(r -> assertThat(r.getStatusCode().value()).isEqualTo(400))
          .satisfies(r -> assertThat(r.getHeaders().getFirst("X-Request-Id")).isEqualTo("req-bad-date-1"));

      contact.put("dateOfBirth", "1941-05-06");
      ResponseEntity<Map> created = post("frontdoor", "/api/contacts", contact);
      assertThat(created.getStatusCode().value()).isEqualTo(201);
      String task = tasks.createTaskQuery().processInstanceId((String) created.getBody().get("processInstanceId"))
          .singleResult().getId();

      assertThat(post("frontdoor", "/engine-rest/task/" + task + "/submit-form", Map.of("variables", Map.of(
          "outcome", Map.of("value", "BOGUS " + NAME + " " + NHS_NUMBER),
          "outcomeReason", Map.of("value", "Because " + NAME)))).getStatusCode().value()).isEqualTo(400);
      assertThat(post("frontdoor", "/engine-rest/task/" + task + "/submit-form", Map.of("variables", Map.of(
          "outcomeReason", Map.of("value", "Because " + NAME)))).getStatusCode().value())
          .as("a missing field").isEqualTo(400);
      assertThat(post("practitioner", "/engine-rest/task/" + UUID.randomUUID() + "/submit-form",
          Map.of("variables", Map.of()))).extracting(r -> r.getStatusCode().value()).isEqualTo(404);
      assertThat(http.withBasicAuth("practitioner", "demo").getForEntity("/api/people/" + UUID.randomUUID(),
          String.class).getStatusCode().value()).isEqualTo(404);
    } finally {
      logging.setLogLevel("org.camunda.bpm.engine.context", LogLevel.OFF);
    }

    String log = output.getAll().substring(start);
    assertThat(log).as("no personal data").doesNotContain("Quaritch", "Philomena", NHS_NUMBER, "BOGUS");
    assertThat(log).as("no stack trace").doesNotContain("\tat ", "Exception:");
    List<String> lines = log.lines().toList();
    assertThat(lines).as("nothing at ERROR").noneMatch(l -> l.contains(" ERROR "));
    assertThat(lines).as("the refusals, by field and rule").anyMatch(l -> l.contains(" WARN ")
        && l.contains("dateOfBirth") && l.contains("[req-bad-date-1]")).anyMatch(l -> l.contains(" WARN ") && l.contains("outcome"));
  }

  private static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
  }

  private ResponseEntity<Map> post(String user, String path, Object body) {
    return http.withBasicAuth(user, "demo").postForEntity(path, body, Map.class);
  }
}
