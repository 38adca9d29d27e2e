package org.letstalk.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.letstalk.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/** What a council's monitoring reads: probes without a sign-in, and the figures for the monitoring group only. */
@PostgresTest
class MonitoringTest {

  @Autowired
  TestRestTemplate http;

  @Autowired
  TaskService tasks;

  @Autowired
  EngineFigures figures;

  @Test
  void livenessAndReadinessAnswerWithoutASignIn() {
    for (String probe : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
      ResponseEntity<String> answer = http.getForEntity(probe, String.class);
      assertThat(answer.getStatusCode().value()).as(probe).isEqualTo(200);
      assertThat(answer.getBody()).as(probe).contains("\"UP\"");
    }
  }

  @Test
  void theMetricsAreForTheMonitoringGroupOnly() {
    assertThat(http.getForEntity("/actuator/prometheus", String.class).getStatusCode().value()).isEqualTo(401);
    assertThat(http.withBasicAuth("practitioner", "demo").getForEntity("/actuator/prometheus", String.class)
        .getStatusCode().value()).isEqualTo(403);
    assertThat(http.withBasicAuth("processowner", "demo").getForEntity("/actuator/prometheus", String.class)
        .getStatusCode().value()).isEqualTo(403);
    assertThat(http.withBasicAuth("monitor", "demo").getForEntity("/actuator/prometheus", String.class)
        .getStatusCode().value()).isEqualTo(200);
  }

  @Test
  void theEngineFiguresAndRequestLatenciesAreScraped() {
    ResponseEntity<Map> contact = http.withBasicAuth("frontdoor", "demo").postForEntity("/api/contacts", Map.of(
        "givenName", "Ivor", "familyName", "Metric", "routeOfAccess", "SELF", "contactMethod", "PHONE",
        "presentingNeed", "Struggling with stairs", "consentToShare", true), Map.class);
    assertThat(contact.getStatusCode().value()).isEqualTo(201);
    Task task = tasks.createTaskQuery().processInstanceId((String) contact.getBody().get("processInstanceId"))
        .singleResult();
    tasks.setDueDate(task.getId(), Date.from(Instant.now().minusSeconds(3600)));

    figures.refresh();
    String scraped = http.withBasicAuth("monitor", "demo").getForObject("/actuator/prometheus", String.class);

    assertThat(scraped).contains("letstalk_incidents_open ", "letstalk_jobs_failed ", "letstalk_jobs_retrying ",
        "letstalk_jobs_due ", "http_server_requests_seconds_bucket{");
    assertThat(scraped).containsPattern("letstalk_tasks_overdue\\{kind=\"" + task.getTaskDefinitionKey()
        + "\"} [1-9]");
  }

  @Test
  void aTaskMadeByHandInTasklistIsCountedAndStopsNoOtherFigure() {
    Task byHand = tasks.newTask();
    byHand.setName("Ring the GP back");
    byHand.setDueDate(Date.from(Instant.now().minusSeconds(3600)));
    tasks.saveTask(byHand);
    try {
      ResponseEntity<Map> contact = http.withBasicAuth("frontdoor", "demo").postForEntity("/api/contacts", Map.of(
          "givenName", "Ivy", "familyName", "Byhand", "routeOfAccess", "SELF", "contactMethod", "PHONE",
          "presentingNeed", "Needs help with shopping", "consentToShare", true), Map.class);
      Task task = tasks.createTaskQuery().processInstanceId((String) contact.getBody().get("processInstanceId"))
          .singleResult();
      tasks.setDueDate(task.getId(), Date.from(Instant.now().minusSeconds(3600)));

      figures.refresh();
      String scraped = http.withBasicAuth("monitor", "demo").getForObject("/actuator/prometheus", String.class);

      assertThat(scraped).containsPattern("letstalk_tasks_overdue\\{kind=\"standalone\"} [1-9]");
      assertThat(scraped).containsPattern("letstalk_tasks_overdue\\{kind=\"" + task.getTaskDefinitionKey()
          + "\"} [1-9]");
    } finally {
      tasks.deleteTask(byHand.getId(), true);
    }
  }
}
