package org.letstalk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.letstalk.PostgresTest;
import org.letstalk.identity.Groups;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A task's variables change only by completing it: a candidate who set {@code completedBy} on a task used to make
 * every later completion of it a 500, the assignee's included, until someone deleted the variable.
 */
@PostgresTest
class TaskVariablesTest {

  @Autowired
  TestRestTemplate http;

  @Autowired
  RuntimeService runtime;

  @Autowired
  TaskService tasks;

  @Autowired
  IdentityService identity;

  @Test
  void aCandidateCannotSetATasksVariablesOrSendWhoCompletedIt() {
    String instance = runtime.createProcessInstanceByKey("lets-talk-1").businessKey("task-variables-" + UUID.randomUUID())
        .startBeforeActivity("Task_HoldLetsTalk1")
        .setVariables(Map.of("personName", "Tess Variables", "conversationTeam", Groups.PRACTITIONERS))
        .setVariable("conversationAssignee", null).execute().getId();
    String task = tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
    String candidate = SecurityFixtures.onlyIn(identity, Groups.PRACTITIONERS);

    assertThat(send(candidate, HttpMethod.POST, "/engine-rest/task/" + task + "/variables",
        Map.of("modifications", Map.of("completedBy", Map.of("value", "mallory")))).getStatusCode().value())
        .isEqualTo(403);
    assertThat(send(candidate, HttpMethod.PUT, "/engine-rest/task/" + task + "/variables/completedBy",
        Map.of("value", "mallory")).getStatusCode().value()).isEqualTo(403);
    assertThat(send(candidate, HttpMethod.PUT, "/engine-rest/task/" + task + "/localVariables/completedBy",
        Map.of("value", "mallory")).getStatusCode().value()).isEqualTo(403);
    assertThat(runtime.getVariables(instance)).doesNotContainKey("completedBy");

    assertThat(send(candidate, HttpMethod.POST, "/engine-rest/task/" + task + "/claim", Map.of("userId", candidate))
        .getStatusCode().value()).isEqualTo(204);
    ResponseEntity<String> completed = send(candidate, HttpMethod.POST, "/engine-rest/task/" + task + "/complete",
        Map.of("variables", Map.of("completedBy", Map.of("value", "mallory"))));

    assertThat(completed.getStatusCode().value()).as(completed.getBody()).isEqualTo(400);
    assertThat(completed.getBody()).contains("completedBy");
    assertThat(tasks.createTaskQuery().taskId(task).count()).as("the task stays open").isOne();
    assertThat(runtime.getVariables(instance)).doesNotContainKey("completedBy");
    runtime.deleteProcessInstance(instance, "test done", true, true);
  }

  private ResponseEntity<String> send(String user, HttpMethod method, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, SecurityFixtures.PASSWORD)
        .exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }
}
