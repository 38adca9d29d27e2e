package org.letstalk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.letstalk.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A message through the engine REST API starts a process with whatever variables its caller sends, past the checks
 * our own routes make (the start form's fields, who the signed-in user is): a practitioner, who may start a contact,
 * an early review or a safeguarding concern, could start one carrying who recorded it or who completed its steps.
 * Correlating a message is the engine administrator's alone; practitioners start work from Tasklist or our API.
 */
@PostgresTest
class MessageCorrelationTest {

  @Autowired
  TestRestTemplate http;

  @Autowired
  RuntimeService runtime;

  @Test
  void aPractitionerCannotStartAContactByMessageCarryingWhoDidWhat() {
    String family = "Message" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    Map<String, Object> variables = new HashMap<>();
    variables.put("givenName", value("Arthur"));
    variables.put("familyName", value(family));
    variables.put("dateOfBirth", value("1944-03-02"));
    variables.put("routeOfAccess", value("SELF"));
    variables.put("contactMethod", value("PHONE"));
    variables.put("presentingNeed", value("Home from hospital"));
    variables.put("consentToShare", Map.of("value", true, "type", "Boolean"));
    variables.put("completedBy", value("teammanager"));
    variables.put("allocatedWorker", value("practitioner2"));

    ResponseEntity<String> answer = correlate("practitioner",
        Map.of("messageName", "contact-received", "processVariables", variables));

    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(403);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("new-contact")
        .variableValueEquals("familyName", family).count()).isZero();
  }

  @Test
  void aPractitionerCannotStartAConcernOrAnEarlyReviewByMessage() {
    String mark = "message-probe-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    ResponseEntity<String> concern = correlate("senior", Map.of("messageName", "SafeguardingConcernRaised",
        "processVariables", Map.of("concernDescription", value(mark), "raisedByUser", value("frontdoor"),
            "raisedInProcessKey", value("new-contact"))));
    ResponseEntity<String> review = correlate("practitioner", Map.of("messageName", "early-review-asked",
        "processVariables", Map.of("requestReason", value(mark), "requesterRole", value("PRACTITIONER"))));
    ResponseEntity<String> tasklist = http.withBasicAuth("practitioner", "demo").exchange(
        "/camunda/api/engine/engine/default/message", HttpMethod.POST,
        json(Map.of("messageName", "early-review-asked")), String.class);

    assertThat(concern.getStatusCode().value()).as(concern.getBody()).isEqualTo(403);
    assertThat(review.getStatusCode().value()).as(review.getBody()).isEqualTo(403);
    assertThat(tasklist.getStatusCode().is2xxSuccessful()).as(tasklist.getBody()).isFalse();
    assertThat(runtime.createProcessInstanceQuery().variableValueEquals("concernDescription", mark).count()).isZero();
    assertThat(runtime.createProcessInstanceQuery().variableValueEquals("requestReason", mark).count()).isZero();
  }

  @Test
  void theEngineAdministratorStillCorrelates() {
    ResponseEntity<String> answer = correlate("processowner", Map.of("messageName", "no-process-waits-for-this"));

    assertThat(answer.getStatusCode().value()).as("the engine itself answers: no process waits for it")
        .isEqualTo(400);
    assertThat(answer.getBody()).contains("no-process-waits-for-this");
  }

  private ResponseEntity<String> correlate(String user, Map<String, Object> body) {
    return http.withBasicAuth(user, "demo").exchange("/engine-rest/message", HttpMethod.POST, json(body),
        String.class);
  }

  private static HttpEntity<Map<String, Object>> json(Map<String, Object> body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }

  private static Map<String, Object> value(String text) {
    return Map.of("value", text, "type", "String");
  }
}
