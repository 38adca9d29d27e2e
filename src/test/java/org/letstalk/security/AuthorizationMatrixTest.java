package org.letstalk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.letstalk.PostgresTest;
import org.letstalk.identity.Groups;
import org.letstalk.person.Person;
import org.letstalk.person.PersonDetails;
import org.letstalk.person.PersonRepository;
import org.letstalk.team.Team;
import org.letstalk.team.Teams;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Every user task of every model, against every group of {@link Groups} through the engine REST API: only the task's
 * candidate groups see it, claim it and may complete it. Read from processes/*.bpmn, so a new task is checked
 * without a line here (unless it chooses its group by an expression this test does not know yet). A case's work waits
 * in its team's queue: a practitioner of that team sees it, a practitioner of another team does not.
 */
@PostgresTest
class AuthorizationMatrixTest {

  /**
   * The group an expression for candidate groups picks in this test; each process's own tests cover the values
   * the expression really takes.
   */
  static final String TEAM_A = "team-matrix-team-a";
  static final String TEAM_B = "team-matrix-team-b";

  static final Map<String, String> GROUP_CHOSEN_BY = Map.of(
      "${conversationTeam}", TEAM_A,
      "${assessmentTeam}", TEAM_A,
      "${contactQueue}", TEAM_A,
      "${team}", TEAM_B,
      "${authorisationGroup}", Groups.TEAM_MANAGERS,
      "${noticeGroup}", Groups.SERVICE_MANAGERS,
      // The managers of the case's team; the matrix's cases have no team, so every team manager.
      "${caseTeamManagers != null ? caseTeamManagers : 'team-managers'}", Groups.TEAM_MANAGERS);

  /** Tasks given to one person by name: a user nobody in the matrix is. */
  static final String SOMEONE_ELSE = "matrix-named-assignee";

  @Autowired
  TestRestTemplate http;

  @Autowired
  RuntimeService runtime;

  @Autowired
  TaskService tasks;

  @Autowired
  IdentityService identity;

  @Autowired
  PersonRepository people;

  @Autowired
  Teams teams;

  /**
   * A user task; {@code anchor} is a user task at the top of the same process when this one sits inside a
   * sub-process, whose boundary timers read variables that must be there before the sub-process starts.
   */
  record TaskInModel(String processKey, String taskId, String candidateGroups, String assignee, String anchor) {
  }

  @TestFactory
  Stream<DynamicTest> onlyTheCandidateGroupsSeeClaimAndCompleteEachTask() {
    return userTasks().stream().map(task -> dynamicTest(task.processKey() + " " + task.taskId(), () -> check(task)));
  }

  private void check(TaskInModel model) {
    List<String> intended = intendedGroups(model);
    String taskId = startAt(model);

    for (String group : everyGroup()) {
      // A team's practitioner sees what every practitioner sees.
      if (intended.contains(group) || isTeam(group) && intended.contains(Groups.PRACTITIONERS)) {
        continue;
      }
      String user = userOf(group);
      assertThat(visible(user, model, taskId)).as(group + " sees " + model.taskId()).isFalse();
      assertThat(post(user, "/engine-rest/task/" + taskId + "/claim", Map.of("userId", user)).getStatusCode().value())
          .as(group + " claims " + model.taskId()).isIn(403, 404);
      assertThat(post(user, "/engine-rest/task/" + taskId + "/complete", Map.of()).getStatusCode().value())
          .as(group + " completes " + model.taskId()).isIn(403, 404);
      Task unchanged = tasks.createTaskQuery().taskId(taskId).singleResult();
      assertThat(unchanged).as("the task is still open after " + group + " tried").isNotNull();
      assertThat(unchanged.getAssignee()).isEqualTo(model.candidateGroups().isBlank() ? SOMEONE_ELSE : null);
    }

    for (String group : intended) {
      String user = userOf(group);
      assertThat(visible(user, model, taskId)).as(group + " sees " + model.taskId()).isTrue();
      assertThat(post(user, "/engine-rest/task/" + taskId + "/claim", Map.of("userId", user)).getStatusCode().value())
          .as(group + " claims " + model.taskId()).isEqualTo(204);
      assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo(user);
      ResponseEntity<String> completed = post(user, "/engine-rest/task/" + taskId + "/complete", Map.of());
      // Without the form the completion stops at validation or the recording step, never at authorization;
      // the process tests complete every task with real forms.
      assertThat(completed.getStatusCode().value()).as(group + " completes " + model.taskId() + ": " + completed.getBody())
          .isNotIn(401, 403, 404);
      if (tasks.createTaskQuery().taskId(taskId).count() > 0) {
        assertThat(post(user, "/engine-rest/task/" + taskId + "/unclaim", Map.of()).getStatusCode().value())
            .isEqualTo(204);
      }
    }
    runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey(model)).list()
        .forEach(instance -> runtime.deleteProcessInstance(instance.getId(), "authorization matrix done", true, true));
  }

  private static List<String> intendedGroups(TaskInModel model) {
    if (model.candidateGroups().isBlank()) {
      return List.of();
    }
    List<String> groups = Arrays.stream(model.candidateGroups().split(",")).map(String::trim).map(group -> {
      if (!group.startsWith("${")) {
        return group;
      }
      String chosen = GROUP_CHOSEN_BY.get(group);
      if (chosen == null) {
        fail(model.processKey() + " " + model.taskId() + " picks its group with " + group
            + ": add the group it should pick here to GROUP_CHOSEN_BY");
      }
      return chosen;
    }).distinct().toList();
    assertThat(everyGroup()).as("groups of " + model.taskId() + " are groups of Groups.ALL or a team").containsAll(groups);
    return groups;
  }

  /** Every role, and the queues of two teams. */
  private static List<String> everyGroup() {
    List<String> groups = new ArrayList<>(Groups.ALL);
    groups.addAll(List.of(TEAM_A, TEAM_B));
    return groups;
  }

  private static boolean isTeam(String group) {
    return group.equals(TEAM_A) || group.equals(TEAM_B);
  }

  /** A user only in this role; for a team's queue, a practitioner of that team and no other. */
  private String userOf(String group) {
    if (!isTeam(group)) {
      return SecurityFixtures.onlyIn(identity, group);
    }
    String user = SecurityFixtures.onlyIn(identity, Groups.PRACTITIONERS).replace("sec-", "sec-" + group + "-");
    SecurityFixtures.ensure(identity, user, List.of(Groups.PRACTITIONERS));
    Team team = teams.defineTeam(group.equals(TEAM_A) ? "Matrix team A" : "Matrix team B", "teammanager", null);
    assertThat(team.getGroupId()).isEqualTo(group);
    teams.addMember(team.getId(), user);
    return user;
  }

  /** An instance waiting at the task, started by the engine itself with what the task's expressions read. */
  private String startAt(TaskInModel model) {
    Date later = new Date(System.currentTimeMillis() + 30L * 24 * 3600 * 1000);
    Map<String, Object> variables = new HashMap<>();
    variables.put("personName", "Matrix Test");
    variables.put("caredForName", "Matrix Cared-For");
    variables.put("requestWords", "Closure");
    variables.put("planEndsOn", "in a month");
    variables.put("planEndsAt", later);
    variables.put("decisionDueAt", later);
    variables.put("planReviewDueAt", later);
    variables.put("reviewDueDate", later);
    variables.put("expiresAt", later);
    variables.put("reviewNoticeDate", later);
    variables.put("checkInGrace", "PT4H");
    variables.put("checkInInterval", "P1D");
    variables.put("crisis", false);
    variables.put("immediateDanger", false);
    variables.put("noticeWords", "Gone up to the funding panel");
    variables.put("auditMonthName", "November");
    variables.put("interventionManagers", SOMEONE_ELSE);
    for (String assignee : List.of("conversationAssignee", "conversationHeldBy", "allocatedWorker")) {
      variables.put(assignee, null);
    }
    variables.put("auditor", SOMEONE_ELSE);
    variables.put("teamManager", SOMEONE_ELSE);
    variables.put("panelReferredBy", SOMEONE_ELSE);
    GROUP_CHOSEN_BY.forEach((expression, group) -> {
      String name = expression.substring(2, expression.length() - 1);
      if (name.matches("\\w+")) {
        variables.put(name, group);
      }
    });
    String instanceId;
    if (model.processKey().equals("funding-authorisation")) {
      // The request is recorded on the way in; the decision task refuses anyone when there is none.
      Person person = people.save(Person.from(new PersonDetails("Matrix", "Test" + UUID.randomUUID(), LocalDate.of(1950, 1, 1), null,
          "M33 7XX", null, null, null, null), Instant.now()));
      variables.putAll(Map.of("requestType", "CLOSURE", "requestedBy", SOMEONE_ELSE, "summary", "Close: goals met",
          "personId", person.getId().toString()));
      instanceId = runtime.startProcessInstanceByKey(model.processKey(), businessKey(model), variables).getId();
    } else if (model.anchor() != null) {
      instanceId = runtime.createProcessInstanceByKey(model.processKey()).businessKey(businessKey(model))
          .startBeforeActivity(model.anchor()).setVariables(variables).execute().getId();
      runtime.createProcessInstanceModification(instanceId).startBeforeActivity(model.taskId())
          .cancelAllForActivity(model.anchor()).execute();
    } else {
      instanceId = runtime.createProcessInstanceByKey(model.processKey()).businessKey(businessKey(model))
          .startBeforeActivity(model.taskId()).setVariables(variables).execute().getId();
    }
    Task task = tasks.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey(model.taskId()).singleResult();
    assertThat(task).as("an instance waits at " + model.taskId()).isNotNull();
    return task.getId();
  }

  /** A subject access export holds everything about a person: team managers produce it, every other group is refused. */
  @TestFactory
  Stream<DynamicTest> onlyTeamManagersProduceASubjectAccessExport() {
    Person person = people.save(Person.from(new PersonDetails("Matrix", "Export" + UUID.randomUUID(),
        LocalDate.of(1950, 1, 1), null, "M33 7XX", null, null, null, null), Instant.now()));
    return Groups.ALL.stream().map(group -> dynamicTest(group, () -> {
      String user = SecurityFixtures.onlyIn(identity, group);
      int answer = post(user, "/api/people/" + person.getId() + "/subject-access-export", Map.of())
          .getStatusCode().value();
      assertThat(answer).as(group).isEqualTo(group.equals(Groups.TEAM_MANAGERS) ? 200 : 403);
    }));
  }

  private static String businessKey(TaskInModel model) {
    return "matrix-" + model.processKey() + "-" + model.taskId();
  }

  private boolean visible(String user, TaskInModel model, String taskId) {
    ResponseEntity<String> list = http.withBasicAuth(user, SecurityFixtures.PASSWORD).exchange(
        "/engine-rest/task?taskDefinitionKey=" + model.taskId() + "&processDefinitionKey=" + model.processKey(),
        HttpMethod.GET, null, String.class);
    assertThat(list.getStatusCode().value()).isEqualTo(200);
    return list.getBody().contains(taskId);
  }

  private ResponseEntity<String> post(String user, String path, Map<String, Object> body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, SecurityFixtures.PASSWORD)
        .exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }

  static List<TaskInModel> userTasks() {
    List<TaskInModel> found = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
        var model = Bpmn.readModelFromFile(file.toFile());
        var processes = model.getModelElementsByType(Process.class);
        assertThat(processes).as("one process in " + file).hasSize(1);
        String processKey = processes.iterator().next().getId();
        String topTask = model.getModelElementsByType(UserTask.class).stream()
            .filter(task -> task.getParentElement() instanceof Process).map(UserTask::getId).findFirst().orElse(null);
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
          found.add(new TaskInModel(processKey, task.getId(),
              task.getCamundaCandidateGroups() == null ? "" : task.getCamundaCandidateGroups(),
              task.getCamundaAssignee(), task.getParentElement() instanceof SubProcess scope && !scope.triggeredByEvent()
              ? topTask : null));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(found).as("user tasks in processes/").hasSizeGreaterThan(30);
    return found;
  }
}
