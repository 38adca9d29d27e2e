package org.letstalk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.letstalk.PostgresTest;
import org.letstalk.contact.Contact;
import org.letstalk.contact.ContactRepository;
import org.letstalk.safeguarding.SafeguardingConcernRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Two practitioners acting on the same task at once through /engine-rest, as two Tasklists would: one wins,
 * the other is told plainly (409) and nothing of theirs is kept; a refusal of ours inside the engine is a 403.
 */
@PostgresTest
class EngineRestConflictTest {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
  };

  @Autowired
  TestRestTemplate http;

  @Autowired
  TaskService tasks;

  @Autowired
  RuntimeService runtime;

  @Autowired
  HistoryService history;

  @Autowired
  ContactRepository contacts;

  @Autowired
  SafeguardingConcernRepository concerns;

  @RepeatedTest(3)
  void twoPractitionersClaimingTheSameTaskAtOnceOneWinsTheOtherGetsAConflict() {
    String taskId = outcomeTaskOfANewContact();

    List<ResponseEntity<Map<String, Object>>> answers = atOnce(
        user -> post(user, "/engine-rest/task/" + taskId + "/claim", Map.of("userId", user)),
        "practitioner", "senior");

    ResponseEntity<Map<String, Object>> won = answers.stream().filter(a -> a.getStatusCode().is2xxSuccessful())
        .collect(onlyOne());
    ResponseEntity<Map<String, Object>> lost = answers.stream().filter(a -> a != won).collect(onlyOne());
    assertThat(lost.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat((String) lost.getBody().get("message")).isNotBlank();
    String winner = answers.indexOf(won) == 0 ? "practitioner" : "senior";
    assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo(winner);
  }

  @Test
  void claimingATaskSomebodyElseHoldsIsAConflictNamingThem() {
    String taskId = outcomeTaskOfANewContact();
    assertThat(post("practitioner", "/engine-rest/task/" + taskId + "/claim", Map.of("userId", "practitioner"))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    ResponseEntity<Map<String, Object>> answer = post("senior", "/engine-rest/task/" + taskId + "/claim",
        Map.of("userId", "senior"));

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(answer.getBody()).containsEntry("type", "TaskAlreadyClaimed");
    assertThat((String) answer.getBody().get("message")).contains("already claimed by practitioner");
    assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo("practitioner");
  }

  @RepeatedTest(3)
  void twoPractitionersCompletingTheSameTaskAtOnceOneWinsAndTheOutcomeIsRecordedOnce() {
    String taskId = outcomeTaskOfANewContact();
    Task task = tasks.createTaskQuery().taskId(taskId).singleResult();

    List<ResponseEntity<Map<String, Object>>> answers = atOnce(
        user -> post(user, "/engine-rest/task/" + taskId + "/submit-form", Map.of("variables", Map.of(
            "outcome", Map.of("value", "INFORMATION_AND_ADVICE"),
            "outcomeReason", Map.of("value", "Told by " + user),
            "informationGiven", Map.of("value", "Lunch club details")))),
        "practitioner", "senior");

    ResponseEntity<Map<String, Object>> won = answers.stream().filter(a -> a.getStatusCode().is2xxSuccessful())
        .collect(onlyOne());
    ResponseEntity<Map<String, Object>> lost = answers.stream().filter(a -> a != won).collect(onlyOne());
    assertThat(lost.getStatusCode()).as("%s", lost.getBody()).isEqualTo(HttpStatus.CONFLICT);
    assertThat((String) lost.getBody().get("message")).contains("nothing of yours was saved");
    String winner = answers.indexOf(won) == 0 ? "practitioner" : "senior";
    Contact contact = contacts.findByProcessInstanceId(task.getProcessInstanceId()).orElseThrow();
    assertThat(contact.getOutcomeDecidedBy()).isEqualTo(winner);
    assertThat(contact.getOutcomeReason()).isEqualTo("Told by " + winner);
    assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(task.getProcessInstanceId())
        .taskDefinitionKey("Task_DecideContactOutcome").finished().count()).isEqualTo(1);
  }

  @Test
  void completingATaskSomebodyHasJustCompletedIsAConflictNotAServerError() {
    String taskId = outcomeTaskOfANewContact();
    Map<String, Object> form = Map.of("variables", Map.of("outcome", Map.of("value", "INFORMATION_AND_ADVICE"),
        "outcomeReason", Map.of("value", "Lunch club"), "informationGiven", Map.of("value", "Leaflet")));
    assertThat(post("practitioner", "/engine-rest/task/" + taskId + "/submit-form", form).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    ResponseEntity<Map<String, Object>> late = post("senior", "/engine-rest/task/" + taskId + "/submit-form", form);

    assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(late.getBody()).containsEntry("type", "TaskAlreadyEnded");
  }

  @Test
  void aTaskThatNeverExistedIsNotFound() {
    ResponseEntity<Map<String, Object>> answer = post("practitioner",
        "/engine-rest/task/" + UUID.randomUUID() + "/claim", Map.of("userId", "practitioner"));
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  /** Four-eyes [T 2.43] is enforced by a task listener; the engine wraps its refusal, which must stay a 403. */
  @Test
  void claimingTheDecisionOnYourOwnRequestIsForbiddenWithTheReason() {
    String personId = (String) post("frontdoor", "/api/contacts", newContact()).getBody().get("personId");
    Map<String, Object> inputs = new HashMap<>(Map.of("requestType", "CLOSURE", "requestedBy", "teammanager",
        "personId", personId, "personName", "Iris Test", "summary", "Needs met; closing"));
    String instanceId = runtime.startProcessInstanceByKey("funding-authorisation", inputs).getId();
    String taskId = tasks.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey("Task_DecideAuthorisation")
        .singleResult().getId();

    ResponseEntity<Map<String, Object>> own = post("teammanager", "/engine-rest/task/" + taskId + "/claim",
        Map.of("userId", "teammanager"));

    assertThat(own.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat((String) own.getBody().get("message")).contains("teammanager asked for this and cannot authorise it");
    assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();
    assertThat(post("teammanager2", "/engine-rest/task/" + taskId + "/claim", Map.of("userId", "teammanager2"))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  @RepeatedTest(2)
  void twoSafeguardingConcernsAboutOnePersonAtTheSameMomentBothArrive() {
    String personId = (String) post("frontdoor", "/api/contacts", newContact()).getBody().get("personId");

    List<ResponseEntity<Map<String, Object>>> answers = atOnce(user -> post(user, "/api/safeguarding-concerns",
        Map.of("personId", personId, "personName", "Rita Race", "reportedBy", "PC Jones",
            "concernDescription", "Bruising seen by " + user,
            "abuseType", "PHYSICAL", "immediateDanger", false)), "frontdoor", "safeguarding");

    assertThat(answers)
        .allSatisfy(a -> assertThat(a.getStatusCode()).as("%s", a.getBody()).isEqualTo(HttpStatus.CREATED));
    assertThat(concerns.findAll().stream().filter(c -> personId.equals(String.valueOf(c.getPersonId()))))
        .extracting(c -> c.getDescription()).containsExactlyInAnyOrder("Bruising seen by frontdoor",
            "Bruising seen by safeguarding");
    answers.forEach(a -> assertThat(tasks.createTaskQuery()
        .processInstanceId((String) a.getBody().get("processInstanceId"))
        .taskDefinitionKey("Task_DecideConcern").count()).isEqualTo(1));
  }

  private String outcomeTaskOfANewContact() {
    // Recorded by a practitioner, the contact waits in their team's queue, which a senior practitioner shares.
    ResponseEntity<Map<String, Object>> created = post("practitioner", "/api/contacts", newContact());
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> next = (List<Map<String, Object>>) created.getBody().get("nextTasks");
    return (String) next.get(0).get("id");
  }

  private static Map<String, Object> newContact() {
    Map<String, Object> form = new HashMap<>();
    form.put("givenName", "Rita");
    form.put("familyName", "Race" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36));
    form.put("dateOfBirth", "1941-05-06");
    form.put("postcode", "M33 7XX");
    form.put("routeOfAccess", "SELF");
    form.put("contactMethod", "PHONE");
    form.put("presentingNeed", "Struggling with stairs since a fall.");
    form.put("consentToShare", true);
    return form;
  }

  /** Sends one request per user, released together, and waits for every answer. */
  private static List<ResponseEntity<Map<String, Object>>> atOnce(
      Function<String, ResponseEntity<Map<String, Object>>> request, String... users) {
    CyclicBarrier start = new CyclicBarrier(users.length);
    List<CompletableFuture<ResponseEntity<Map<String, Object>>>> sent = java.util.Arrays.stream(users)
        .map(user -> CompletableFuture.supplyAsync(() -> {
          try {
            start.await();
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
          return request.apply(user);
        }, runnable -> new Thread(runnable).start()))
        .toList();
    return sent.stream().map(CompletableFuture::join).toList();
  }

  private static <T> java.util.stream.Collector<T, ?, T> onlyOne() {
    return java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.toList(), list -> {
      assertThat(list).hasSize(1);
      return list.get(0);
    });
  }

  private ResponseEntity<Map<String, Object>> post(String user, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JSON);
  }
}
