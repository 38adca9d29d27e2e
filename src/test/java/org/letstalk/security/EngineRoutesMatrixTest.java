package org.letstalk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.letstalk.PostgresTest;
import org.letstalk.identity.Groups;
import org.letstalk.person.Person;
import org.letstalk.person.PersonDetails;
import org.letstalk.person.PersonRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Every engine REST route that changes a deployment, a definition, an instance, its variables, a message, a job or a
 * decision, tried by a user of each group: allowed only where a group's work needs it, otherwise refused with nothing
 * changed. Process owners change models, never cases: they deploy and read definitions, and reach no instance,
 * variable, history or case data through the engine REST API or ours.
 */
@PostgresTest
class EngineRoutesMatrixTest {

  static final String PROBE_DEPLOYMENT = "matrix-probe-deployment";
  static final String PROBE_MARK = "matrixProbe";

  @Autowired
  TestRestTemplate http;

  @Autowired
  RuntimeService runtime;

  @Autowired
  TaskService tasks;

  @Autowired
  RepositoryService repository;

  @Autowired
  ManagementService management;

  @Autowired
  HistoryService history;

  @Autowired
  IdentityService identity;

  @Autowired
  PersonRepository people;

  @Autowired
  FilterService filters;

  record Route(String name, HttpMethod method, String path, Object body) {
  }

  /** A safeguarding decision waiting with its deadline timer, and a Let's Talk 1 under way. */
  record Probe(String concernInstance, String concernTask, String concernJob, String definitionId, String deploymentId,
      String conversationInstance, String sharedFilter, String sharedFilterName, String mark) {
  }

  @AfterEach
  void removeProbeDeployments() {
    repository.createDeploymentQuery().deploymentName(PROBE_DEPLOYMENT).list()
        .forEach(deployment -> repository.deleteDeployment(deployment.getId(), true));
  }

  @TestFactory
  Stream<DynamicTest> routesThatChangeThingsAreRefusedToEveryGroupWhoseWorkDoesNotNeedThem() {
    Probe probe = probe();
    List<DynamicTest> checks = new ArrayList<>();
    for (Route route : routes(probe)) {
      for (String group : Groups.ALL) {
        checks.add(dynamicTest(group + ": " + route.name(), () -> {
          String user = SecurityFixtures.onlyIn(identity, group);
          ResponseEntity<String> answer = send(user, route);
          assertThat(answer.getStatusCode().value()).as(group + " " + route.name() + ": " + answer.getBody())
              .isIn(403, 404);
          assertUnchanged(probe, group + " " + route.name() + " answered " + answer.getStatusCode().value() + " "
              + answer.getBody());
        }));
      }
    }
    return checks.stream();
  }

  @Test
  void processOwnersDeployModelsAndNobodyElseDoes() {
    for (String group : Groups.ALL) {
      String user = SecurityFixtures.onlyIn(identity, group);
      ResponseEntity<String> deployed = deploy(user, "matrix-probe-" + group.replace("-", ""));
      assertThat(deployed.getStatusCode().value()).as(group + " deploys: " + deployed.getBody())
          .isEqualTo(group.equals(Groups.PROCESS_OWNERS) ? 200 : 403);
    }
  }

  @Test
  void processOwnersReadDefinitionsButNoCaseThroughAnyRoute() {
    Probe probe = probe();
    String owner = SecurityFixtures.onlyIn(identity, Groups.PROCESS_OWNERS);
    for (String definitions : List.of("/engine-rest/process-definition", "/engine-rest/decision-definition",
        "/engine-rest/deployment", "/engine-rest/process-definition/statistics")) {
      ResponseEntity<String> read = get(owner, definitions);
      assertThat(read.getStatusCode().value()).as(definitions).isEqualTo(200);
      assertThat(read.getBody()).as(definitions).isNotEqualTo("[]");
    }
    for (String cases : List.of("/engine-rest/process-instance", "/engine-rest/task", "/engine-rest/variable-instance",
        "/engine-rest/history/process-instance", "/engine-rest/history/task", "/engine-rest/history/variable-instance",
        "/engine-rest/history/detail", "/engine-rest/history/decision-instance", "/engine-rest/history/activity-instance",
        "/engine-rest/incident", "/engine-rest/job", "/engine-rest/execution")) {
      ResponseEntity<String> read = get(owner, cases);
      assertThat(read.getStatusCode().value()).as(cases).isIn(200, 403);
      // Their own tasks (the thematic review of audits) they see; nothing of a person's case.
      assertThat(read.getBody()).as(cases).doesNotContain(probe.concernInstance(), probe.conversationInstance(),
          probe.concernTask(), probe.concernJob(), "safeguarding-concern", "lets-talk-1");
    }
    for (String single : List.of("/engine-rest/process-instance/" + probe.concernInstance() + "/variables",
        "/engine-rest/task/" + probe.concernTask() + "/variables",
        "/engine-rest/history/process-instance/" + probe.concernInstance())) {
      assertThat(get(owner, single).getStatusCode().value()).as(single).isIn(403, 404);
    }
    UUID personId = person().getId();
    for (String record : List.of("/api/people?name=Matrix", "/api/people/" + personId, "/people?name=Matrix",
        "/people/" + personId, "/api/contacts/" + UUID.randomUUID(), "/api/safeguarding-concerns")) {
      assertThat(get(owner, record).getStatusCode().value()).as(record).isEqualTo(403);
    }
  }

  private List<Route> routes(Probe probe) {
    String instance = "/engine-rest/process-instance/" + probe.concernInstance();
    String definition = "/engine-rest/process-definition/" + probe.definitionId();
    String job = "/engine-rest/job/" + probe.concernJob();
    return List.of(
        new Route("delete the deployment and its cases", HttpMethod.DELETE,
            "/engine-rest/deployment/" + probe.deploymentId() + "?cascade=true", null),
        new Route("delete the deployment", HttpMethod.DELETE, "/engine-rest/deployment/" + probe.deploymentId(), null),
        new Route("suspend the definition", HttpMethod.PUT, definition + "/suspended",
            Map.of("suspended", true, "includeProcessInstances", true)),
        new Route("suspend the definition by key", HttpMethod.PUT, "/engine-rest/process-definition/suspended",
            Map.of("processDefinitionKey", "safeguarding-concern", "suspended", true)),
        new Route("delete the definition", HttpMethod.DELETE, definition + "?cascade=true", null),
        new Route("change the definition's history time to live", HttpMethod.PUT, definition + "/history-time-to-live",
            Map.of("historyTimeToLive", 1)),
        new Route("start a conversation directly", HttpMethod.POST,
            "/engine-rest/process-definition/key/lets-talk-1/start", Map.of()),
        new Route("delete the instance", HttpMethod.DELETE, instance, null),
        new Route("delete instances in a batch", HttpMethod.POST, "/engine-rest/process-instance/delete",
            Map.of("processInstanceIds", List.of(probe.concernInstance()), "deleteReason", "matrix")),
        new Route("suspend the instance", HttpMethod.PUT, instance + "/suspended", Map.of("suspended", true)),
        new Route("set an instance variable", HttpMethod.POST, instance + "/variables",
            Map.of("modifications", Map.of("raisedByUser", Map.of("value", "someone")))),
        new Route("move the instance", HttpMethod.POST, instance + "/modification",
            Map.of("instructions", List.of(Map.of("type", "cancel", "activityId", "Task_DecideConcern")))),
        new Route("correlate a message to a conversation", HttpMethod.POST, "/engine-rest/message",
            Map.of("messageName", "conversation-safeguarding-concern",
                "processInstanceId", probe.conversationInstance(),
                "processVariablesLocal", Map.of("concernDescription", Map.of("value", "forged")))),
        new Route("set a job's retries", HttpMethod.PUT, job + "/retries", Map.of("retries", 0)),
        new Route("run a job", HttpMethod.POST, job + "/execute", Map.of()),
        new Route("suspend a job", HttpMethod.PUT, job + "/suspended", Map.of("suspended", true)),
        new Route("move a job's due date", HttpMethod.PUT, job + "/duedate", Map.of("duedate", "2000-01-01T00:00:00.000+0000")),
        new Route("evaluate a decision table", HttpMethod.POST,
            "/engine-rest/decision-definition/key/authorisation-level/evaluate",
            Map.of("variables", Map.of("requestType", Map.of("value", "CLOSURE")))),
        new Route("delete the instance's history", HttpMethod.DELETE,
            "/engine-rest/history/process-instance/" + probe.concernInstance(), null),
        new Route("set an instance variable by name", HttpMethod.PUT, instance + "/variables/raisedByUser",
            Map.of("value", "someone")),
        new Route("set a task variable", HttpMethod.POST, "/engine-rest/task/" + probe.concernTask() + "/variables",
            Map.of("modifications", Map.of("forged", Map.of("value", "someone")))),
        new Route("set a task's local variable", HttpMethod.PUT,
            "/engine-rest/task/" + probe.concernTask() + "/localVariables/forged", Map.of("value", "someone")),
        new Route("set an execution's local variable", HttpMethod.POST,
            "/engine-rest/execution/" + probe.concernInstance() + "/localVariables",
            Map.of("modifications", Map.of("forged", Map.of("value", "someone")))),
        new Route("start a note deletion by its message", HttpMethod.POST, "/engine-rest/message",
            Map.of("messageName", "note-deletion-requested",
                "processVariables", Map.of("noteId", Map.of("value", UUID.randomUUID().toString()),
                    PROBE_MARK, Map.of("value", probe.mark())))),
        new Route("start an escalation by its message", HttpMethod.POST, "/engine-rest/message",
            Map.of("messageName", "authorisation-escalated",
                "processVariables", Map.of(PROBE_MARK, Map.of("value", probe.mark())))),
        new Route("change a shared Tasklist filter", HttpMethod.PUT, "/engine-rest/filter/" + probe.sharedFilter(),
            Map.of("resourceType", "Task", "name", "Renamed", "query", Map.of())),
        new Route("delete a shared Tasklist filter", HttpMethod.DELETE, "/engine-rest/filter/" + probe.sharedFilter(),
            null),
        new Route("create a Tasklist filter", HttpMethod.POST, "/engine-rest/filter/create",
            Map.of("resourceType", "Task", "name", "Matrix probe filter", "query", Map.of())));
  }

  private void assertUnchanged(Probe probe, String after) {
    assertThat(repository.createDeploymentQuery().deploymentId(probe.deploymentId()).count()).as(after).isOne();
    ProcessDefinition definition = repository.getProcessDefinition(probe.definitionId());
    assertThat(definition.isSuspended()).as(after).isFalse();
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(probe.concernInstance()).active().count())
        .as(after).isOne();
    assertThat(runtime.getVariable(probe.concernInstance(), "raisedByUser")).as(after).isNull();
    Job job = management.createJobQuery().jobId(probe.concernJob()).singleResult();
    assertThat(job).as(after).isNotNull();
    assertThat(job.isSuspended()).as(after).isFalse();
    assertThat(job.getRetries()).as(after).isPositive();
    assertThat(job.getDuedate()).as(after).isAfter(new Date());
    assertThat(tasks.createTaskQuery().processInstanceId(probe.concernInstance()).count()).as(after).isOne();
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(probe.conversationInstance()).count())
        .as(after).isOne();
    assertThat(runtime.getVariable(probe.conversationInstance(), "concernDescription")).as(after).isNull();
    assertThat(tasks.getVariablesLocal(probe.concernTask())).as(after).doesNotContainKey("forged");
    assertThat(runtime.getVariablesLocal(probe.concernInstance())).as(after).doesNotContainKey("forged");
    // Only a start by one of the routes carries the probe's mark; other cases' escalations may fall due meanwhile.
    assertThat(history.createHistoricVariableInstanceQuery().variableValueEquals(PROBE_MARK, probe.mark()).count())
        .as(after).isZero();
    assertThat(filters.getFilter(probe.sharedFilter())).as(after).isNotNull()
        .extracting(org.camunda.bpm.engine.filter.Filter::getName).isEqualTo(probe.sharedFilterName());
    assertThat(filters.createFilterQuery().filterName("Matrix probe filter").count()).as(after).isZero();
  }

  private Probe probe() {
    Date later = new Date(System.currentTimeMillis() + 30L * 24 * 3600 * 1000);
    String businessKey = "matrix-routes-" + UUID.randomUUID();
    String concern = runtime.createProcessInstanceByKey("safeguarding-concern").businessKey(businessKey)
        .startBeforeActivity("Task_DecideConcern")
        .setVariables(Map.of("personName", "Matrix Routes", "decisionDueAt", later, "immediateDanger", false))
        .execute().getId();
    String task = tasks.createTaskQuery().processInstanceId(concern).singleResult().getId();
    String job = management.createJobQuery().processInstanceId(concern).singleResult().getId();
    ProcessDefinition definition = repository.createProcessDefinitionQuery()
        .processDefinitionId(runtime.createProcessInstanceQuery().processInstanceId(concern).singleResult()
            .getProcessDefinitionId()).singleResult();
    String conversation = runtime.createProcessInstanceByKey("lets-talk-1").businessKey(businessKey)
        .startBeforeActivity("Task_HoldLetsTalk1")
        .setVariables(Map.of("personName", "Matrix Routes", "conversationTeam", Groups.PRACTITIONERS,
            "personId", person().getId().toString()))
        .setVariable("conversationAssignee", null)
        .execute().getId();
    // A shared Tasklist filter (no owner): every team's inbox, which nobody but the administrator changes.
    org.camunda.bpm.engine.filter.Filter shared = filters.createFilterQuery().list().stream()
        .filter(f -> f.getOwner() == null).findFirst().orElseThrow();
    return new Probe(concern, task, job, definition.getId(), definition.getDeploymentId(), conversation, shared.getId(),
        shared.getName(), businessKey);
  }

  private Person person() {
    return people.save(Person.from(new PersonDetails("Matrix", "Routes" + UUID.randomUUID(), LocalDate.of(1950, 1, 1),
        null, "M33 7XX", null, null, null, null), Instant.now()));
  }

  static String decisionTable(String id) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:camunda="http://camunda.org/schema/1.0/dmn" id="%1$s-definitions" name="Probe" namespace="http://camunda.org/schema/1.0/dmn">
          <decision id="%1$s" name="Probe" camunda:historyTimeToLive="P30D">
            <decisionTable id="%1$s-table">
              <input id="%1$s-input" label="Weekly cost">
                <inputExpression id="%1$s-expression" typeRef="double"><text>weeklyCost</text></inputExpression>
              </input>
              <output id="%1$s-output" name="level" typeRef="string" />
              <rule id="%1$s-rule">
                <inputEntry id="%1$s-entry"><text>&lt;= 500</text></inputEntry>
                <outputEntry id="%1$s-result"><text>"TEAM_MANAGER"</text></outputEntry>
              </rule>
            </decisionTable>
          </decision>
        </definitions>
        """.formatted(id);
  }

  ResponseEntity<String> deploy(String user, String decisionId) {
    return deployResource(user, decisionId + ".dmn", decisionTable(decisionId));
  }

  ResponseEntity<String> deployResource(String user, String fileName, String content) {
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("deployment-name", PROBE_DEPLOYMENT);
    body.add("deployment-source", "matrix");
    body.add(fileName, new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return fileName;
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return http.withBasicAuth(user, SecurityFixtures.PASSWORD)
        .exchange("/engine-rest/deployment/create", HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }

  private ResponseEntity<String> get(String user, String path) {
    return http.withBasicAuth(user, SecurityFixtures.PASSWORD).exchange(path, HttpMethod.GET, null, String.class);
  }

  private ResponseEntity<String> send(String user, Route route) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, SecurityFixtures.PASSWORD)
        .exchange(route.path(), route.method(), new HttpEntity<>(route.body(), headers), String.class);
  }
}
