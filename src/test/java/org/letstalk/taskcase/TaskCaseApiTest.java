package org.letstalk.taskcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
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
import org.letstalk.plan.Delivery;
import org.letstalk.plan.PlanType;
import org.letstalk.plan.SupportPlans;
import org.letstalk.record.RecordAccess;
import org.letstalk.record.RecordAccessRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The case beside a task, as Tasklist's Case tab reads it: a manager asked to authorise a funding change reads the
 * amount asked, the cost in force and the difference, who asked and why, and the level the rule table chose and
 * why, beside the person; whoever may not see the task reads nothing, and a restricted record stays closed.
 */
@PostgresTest
class TaskCaseApiTest {

  @Autowired
  TestRestTemplate http;

  @Autowired
  RuntimeService runtime;

  @Autowired
  TaskService tasks;

  @Autowired
  PersonRepository people;

  @Autowired
  SupportPlans plans;

  @Autowired
  RecordAccessRepository accessLog;

  @Test
  @SuppressWarnings("unchecked")
  void aTeamManagerReadsTheFundingChangeTheyAreAskedToDecideBesideThePerson() {
    Person person = personWithPlanCosting("120.00");
    String task = fundingChange(person, 180.0);

    ResponseEntity<Map> answer = get("teammanager", task);
    assertThat(answer.getStatusCode().value()).as("%s", answer.getBody()).isEqualTo(200);
    Map<String, Object> decision = (Map<String, Object>) answer.getBody().get("decision");
    assertThat(decision).containsEntry("asked", "a change to funded support")
        .containsEntry("requestedBy", "Priya Patel").containsEntry("rationale", "Two calls a day instead of one")
        .containsEntry("level", "a team manager").containsEntry("levelWhy", "Up to £500 a week");
    assertThat(new BigDecimal(decision.get("weeklyAsked").toString())).isEqualByComparingTo("180");
    assertThat(new BigDecimal(decision.get("currentWeeklyCost").toString())).isEqualByComparingTo("120");
    assertThat(new BigDecimal(decision.get("weeklyDifference").toString())).isEqualByComparingTo("60");
    assertThat((String) decision.get("currentPlan")).startsWith("Care and support plan");

    Map<String, Object> shown = (Map<String, Object>) answer.getBody().get("person");
    assertThat(shown).containsEntry("name", person.getFullName()).containsEntry("dateOfBirth", "1944-02-03")
        .containsEntry("nhsNumber", null).containsEntry("record", "/people/" + person.getId());
    assertThat((List<Map<String, Object>>) shown.get("plans")).extracting(line -> line.get("detail"))
        .anySatisfy(detail -> assertThat((String) detail).contains("£120.00 a week"));
    assertThat(shown).containsEntry("safeguarding", null);

    assertThat(accessLog.findByPersonIdOrderByAccessedAtAsc(person.getId())).extracting(RecordAccess::getAction)
        .contains(TaskCases.READ_BESIDE_TASK, TaskCases.READ_TASK_DECISION);
  }

  @Test
  void whoeverMayNotSeeTheTaskReadsNothingOfIt() {
    String task = fundingChange(personWithPlanCosting("100.00"), 150.0);
    assertThat(get("practitioner2", task).getStatusCode().value()).as("not a practitioner's task").isEqualTo(404);
    assertThat(get("processowner", task).getStatusCode().value()).as("not casework").isEqualTo(403);
  }

  @Test
  @SuppressWarnings("unchecked")
  void thePanelReadsWhatItDecidesButNotTheRecordAndARestrictionClosesBoth() {
    Person person = personWithPlanCosting("900.00");
    String task = fundingChange(person, 1500.0);

    ResponseEntity<Map> answer = get("panel", task);
    assertThat(answer.getStatusCode().value()).as("%s", answer.getBody()).isEqualTo(200);
    assertThat(answer.getBody().get("person")).as("the panel's work never starts from a record").isNull();
    Map<String, Object> decision = (Map<String, Object>) answer.getBody().get("decision");
    assertThat(decision).containsEntry("level", "the funding panel");
    assertThat((String) decision.get("levelWhy")).startsWith("Above £1,000 a week");

    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> restricted = http.withBasicAuth("teammanager", "demo").exchange(
        "/api/people/" + person.getId() + "/restriction", HttpMethod.PUT,
        new HttpEntity<>(Map.of("reason", "Works here", "groups", List.of("safeguarding")), headers), String.class);
    assertThat(restricted.getStatusCode().is2xxSuccessful()).as(restricted.getBody()).isTrue();

    ResponseEntity<Map> closed = get("panel", task);
    assertThat(closed.getStatusCode().value()).isEqualTo(200);
    assertThat(closed.getBody().get("decision")).isNull();
    assertThat((String) closed.getBody().get("refusal")).contains("restricted");
    assertThat(accessLog.findByPersonIdOrderByAccessedAtAsc(person.getId())).extracting(RecordAccess::getAction)
        .contains("REFUSED_" + TaskCases.READ_TASK_DECISION);
  }

  private Person personWithPlanCosting(String weekly) {
    Person person = people.save(Person.from(new PersonDetails("Edna",
        "Beside" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36), LocalDate.of(1944, 2, 3), null,
        "M33 7XX", null, null, null, null), Instant.now()));
    UUID plan = plans.draft(person.getId(), PlanType.CARE_AND_SUPPORT, Delivery.COUNCIL_ARRANGED,
        new BigDecimal(weekly), "practitioner", "practitioners").getId();
    plans.activate(plan, "teammanager");
    return person;
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

  private ResponseEntity<Map> get(String user, String task) {
    return http.withBasicAuth(user, "demo").getForEntity("/api/tasks/" + task + "/case", Map.class);
  }
}
