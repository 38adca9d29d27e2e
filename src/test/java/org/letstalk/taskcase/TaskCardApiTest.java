package org.letstalk.taskcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.letstalk.PostgresTest;
import org.letstalk.person.Person;
import org.letstalk.person.PersonDetails;
import org.letstalk.person.PersonRepository;
import org.letstalk.record.AlertKind;
import org.letstalk.record.Alerts;
import org.letstalk.record.RecordAccess;
import org.letstalk.record.RecordAccessRepository;
import org.letstalk.record.Viewer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A task's card in the worktray, as Tasklist's card reads it: the person's date of birth and the due date as dates,
 * overdue, and the safeguarding flag only to those who may know a concern exists; the read is logged like any list's,
 * and whoever may not see the task reads nothing. The workers to pick from are listed by name.
 */
@PostgresTest
class TaskCardApiTest {

  @Autowired
  TestRestTemplate http;

  @Autowired
  RuntimeService runtime;

  @Autowired
  TaskService tasks;

  @Autowired
  PersonRepository people;

  @Autowired
  RecordAccessRepository accessLog;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  Alerts alerts;

  static final Viewer MANAGER = new Viewer("teammanager", List.of("team-managers"));

  @Test
  @SuppressWarnings("unchecked")
  void aCardShowsTheDateOfBirthTheDueDateAndTheSafeguardingFlagToThoseWhoMayKnow() {
    Person person = person();
    concernAbout(person);
    alerts.add(person.getId(), AlertKind.LONE_WORKING, "Visit in pairs after dark", MANAGER);
    alerts.end(person.getId(), alerts.add(person.getId(), AlertKind.RISK_TO_STAFF, "A dog, now rehomed", MANAGER)
        .getId(), "The dog has gone", MANAGER);
    String task = fundingChange(person, 150.0);
    tasks.setDueDate(task, Date.from(Instant.parse("2026-01-05T17:00:00Z")));

    ResponseEntity<Map> manager = get("teammanager", task);
    assertThat(manager.getStatusCode().value()).as("%s", manager.getBody()).isEqualTo(200);
    int age = Period.between(LocalDate.of(1944, 2, 3), LocalDate.now(ZoneId.of("Europe/London"))).getYears();
    assertThat((Map<String, Object>) manager.getBody()).containsEntry("person", person.getFullName())
        .containsEntry("dateOfBirth", "03/02/1944").containsEntry("age", age).containsEntry("due", "05/01/2026")
        .containsEntry("overdue", true).containsEntry("safeguarding", true)
        .containsEntry("work", "Authorise funding change")
        .containsEntry("alerts", List.of("Lone working: Visit in pairs after dark"));
    assertThat(accessLog.findByPersonIdOrderByAccessedAtAsc(person.getId())).extracting(RecordAccess::getAction)
        .contains(TaskCases.READ_TASK_CARD);

    String panelTask = fundingChange(person, 1500.0);
    tasks.setDueDate(panelTask, Date.from(Instant.parse("2026-01-05T17:00:00Z")));
    ResponseEntity<Map> panel = get("panel", panelTask);
    assertThat(panel.getStatusCode().value()).as("%s", panel.getBody()).isEqualTo(200);
    assertThat((Map<String, Object>) panel.getBody()).as("the panel reads no record and no concern")
        .containsEntry("person", null).containsEntry("dateOfBirth", null).containsEntry("safeguarding", null)
        .containsEntry("alerts", List.of()).containsEntry("due", "05/01/2026");
  }

  @Test
  @SuppressWarnings("unchecked")
  void aPractitionerReadsThePersonOnTheCardButNotTheSafeguardingFlag() {
    Person person = person();
    concernAbout(person);
    alerts.add(person.getId(), AlertKind.COMMUNICATION_NEEDS, "Uses British Sign Language", MANAGER);
    String instance = runtime.createProcessInstanceByKey("new-contact").businessKey(person.getId().toString())
        .setVariables(Map.of("personId", person.getId().toString(), "personName", person.getFullName(),
            "assessmentTeam", "practitioners"))
        .startBeforeActivity("Task_ProportionateAssessment").execute().getId();
    String task = tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();

    ResponseEntity<Map> practitioner = get("practitioner", task);
    assertThat(practitioner.getStatusCode().value()).as("%s", practitioner.getBody()).isEqualTo(200);
    assertThat((Map<String, Object>) practitioner.getBody()).containsEntry("person", person.getFullName())
        .containsEntry("dateOfBirth", "03/02/1944")
        .containsEntry("alerts", List.of("Communication needs: Uses British Sign Language"))
        .as("practitioners are not told a concern exists").containsEntry("safeguarding", null);
  }

  @Test
  void whoeverMayNotSeeTheTaskReadsNoCard() {
    String task = fundingChange(person(), 150.0);
    assertThat(get("practitioner2", task).getStatusCode().value()).as("not a practitioner's task").isEqualTo(404);
    assertThat(get("processowner", task).getStatusCode().value()).as("not casework").isEqualTo(403);
  }

  @Test
  @SuppressWarnings("unchecked")
  void workersArePickedByNameWithTheirTeamAndCaseload() {
    ResponseEntity<List> answer = http.withBasicAuth("teammanager", "demo").getForEntity("/api/workers", List.class);
    assertThat(answer.getStatusCode().value()).isEqualTo(200);
    List<Map<String, String>> workers = answer.getBody();
    assertThat(workers).anySatisfy(worker -> {
      assertThat(worker).containsEntry("id", "practitioner").containsEntry("name", "Priya Patel");
      assertThat(worker.get("label")).startsWith("Priya Patel, North locality").contains(" open case");
    });
    assertThat(workers).extracting(worker -> worker.get("id")).as("only those who hold conversations")
        .doesNotContain("teammanager", "panel", "processowner");
    assertThat(http.withBasicAuth("processowner", "demo").getForEntity("/api/workers", String.class)
        .getStatusCode().value()).isEqualTo(403);
  }

  private Person person() {
    return people.save(Person.from(new PersonDetails("Edna",
        "Card" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36), LocalDate.of(1944, 2, 3), null,
        "M33 7XX", null, null, null, null), Instant.now()));
  }

  private void concernAbout(Person person) {
    UUID id = UUID.randomUUID();
    jdbc.update("insert into safeguarding_concern (id, process_instance_id, person_id, person_name, raised_in,"
        + " raised_by, raised_at, description, immediate_danger, decision_due_at) values"
        + " (?, ?, ?, ?, 'EXTERNAL', 'frontdoor', ?, 'worried', false, ?)",
        id, "card-" + id, person.getId(), person.getFullName(), Timestamp.from(Instant.now()),
        Timestamp.from(Instant.now()));
  }

  /** A Let's Talk 1 funding change asked by a practitioner, waiting for its authoriser; answers the task's id. */
  private String fundingChange(Person person, double weekly) {
    Map<String, Object> inputs = new HashMap<>(Map.of("requestType", "LT1_FUNDING_CHANGE", "requestedBy",
        "practitioner", "personId", person.getId().toString(), "personName", person.getFullName(), "summary",
        "Two calls a day instead of one", "weeklyCost", weekly));
    String instance = runtime.startProcessInstanceByKey("funding-authorisation", inputs).getId();
    return tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_DecideAuthorisation")
        .singleResult().getId();
  }

  /**
   * A form shows the worker who asked by name, beside the user id the process keeps; a form with a worker to pick
   * lists the workers by name and keeps their user id as the answer.
   */
  @Test
  @SuppressWarnings("unchecked")
  void aFormShowsTheWorkerWhoAskedByNameAndOffersWorkersByName() throws Exception {
    String task = fundingChange(person(), 150.0);
    Map<String, Map<String, Object>> variables = http.withBasicAuth("teammanager", "demo")
        .getForObject("/engine-rest/task/" + task + "/form-variables", Map.class);
    assertThat(variables.get("requestedBy")).containsEntry("value", "practitioner");
    assertThat(variables.get("requestedByName")).containsEntry("value", "Priya Patel");
    assertThat(variables).as("the decision has no worker to pick").doesNotContainKey("workerChoices");

    Person person = person();
    String assessment = runtime.createProcessInstanceByKey("new-contact").businessKey(person.getId().toString())
        .setVariables(Map.of("personId", person.getId().toString(), "personName", person.getFullName(),
            "assessmentTeam", "practitioners"))
        .startBeforeActivity("Task_ProportionateAssessment").execute().getId();
    String assessmentTask = tasks.createTaskQuery().processInstanceId(assessment).singleResult().getId();
    Map<String, Map<String, Object>> form = http.withBasicAuth("practitioner", "demo")
        .getForObject("/engine-rest/task/" + assessmentTask + "/form-variables", Map.class);
    assertThat(form.get("workerChoices")).containsEntry("type", "Json");
    List<Map<String, String>> choices = new com.fasterxml.jackson.databind.ObjectMapper()
        .readValue((String) form.get("workerChoices").get("value"), List.class);
    assertThat(choices).anySatisfy(choice -> assertThat(choice).containsEntry("value", "practitioner")
        .hasEntrySatisfying("label", label -> assertThat(label).startsWith("Priya Patel")));

    String outcome = runtime.createProcessInstanceByKey("new-contact").businessKey(person.getId().toString())
        .setVariables(Map.of("personId", person.getId().toString(), "personName", person.getFullName(),
            "contactQueue", "front-door"))
        .startBeforeActivity("Task_DecideContactOutcome").execute().getId();
    String outcomeTask = tasks.createTaskQuery().processInstanceId(outcome).singleResult().getId();
    Map<String, Map<String, Object>> outcomeForm = http.withBasicAuth("frontdoor", "demo")
        .getForObject("/engine-rest/task/" + outcomeTask + "/form-variables", Map.class);
    List<Map<String, String>> workersToPick = new com.fasterxml.jackson.databind.ObjectMapper()
        .readValue((String) outcomeForm.get("workerChoices").get("value"), List.class);
    assertThat(workersToPick).as("the allocation at the front door picks a worker by name, team and caseload")
        .anySatisfy(choice -> assertThat(choice).containsEntry("value", "practitioner")
            .hasEntrySatisfying("label", label -> assertThat(label).startsWith("Priya Patel, North locality")
                .containsPattern(": \\d+ open cases?$")));
  }

  private ResponseEntity<Map> get(String user, String task) {
    return http.withBasicAuth(user, "demo").getForEntity("/api/tasks/" + task + "/card", Map.class);
  }
}
