package org.letstalk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.letstalk.PostgresTest;
import org.letstalk.authorisation.AuthorisationRequestRepository;
import org.letstalk.authorisation.AuthorisationStatus;
import org.letstalk.identity.Groups;
import org.letstalk.person.Person;
import org.letstalk.person.PersonDetails;
import org.letstalk.person.PersonRepository;
import org.letstalk.record.NoteDeletion;
import org.letstalk.record.NoteDeletionRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Nobody approves their own request [T 7.18 2.3b: a manager authorises], through the REST API a client would use, by a
 * requester who holds the requester's and every approver's group. Refusals are asserted as "refused and nothing
 * changed"; which 4xx the engine API gives for a refusal raised by our own task listener is its error mapping's
 * business.
 */
@PostgresTest
class FourEyesTest {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
  };

  @Autowired
  TestRestTemplate http;

  @Autowired
  IdentityService identity;

  @Autowired
  RuntimeService runtime;

  @Autowired
  TaskService tasks;

  @Autowired
  PersonRepository people;

  @Autowired
  AuthorisationRequestRepository requests;

  @Autowired
  NoteDeletionRepository deletions;

  private String requesterWithEveryApproverGroup() {
    return SecurityFixtures.ensure(identity, "sec-requester-and-approver", List.of(Groups.PRACTITIONERS,
        Groups.SENIOR_PRACTITIONERS, Groups.CARERS_CENTRE, Groups.TEAM_MANAGERS, Groups.SERVICE_MANAGERS,
        Groups.FUNDING_PANEL));
  }

  private UUID person() {
    return people.save(Person.from(new PersonDetails("Fouri", "Eyes" + UUID.randomUUID().toString().substring(0, 6),
        LocalDate.of(1948, 2, 2), null, "M33 7XX", null, null, null, null), Instant.now())).getId();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "CLOSURE,           ,       Closing after Let's Talk 1: goals met [T 7.18 2.3b]",
      "OMIT_CONVERSATION, ,       Straight to Let's Talk 3: needs are long-term [T 1.19]",
      "LT3_SUPPORT_PLAN,  300.00, Support plan: two calls a day",
      "LT3_SUPPORT_PLAN,  800.00, Support plan above the team manager's limit",
      "LT3_SUPPORT_PLAN,  1500.00, Support plan for the panel"})
  void theRequesterCannotClaimBeGivenOrDecideTheirOwnAuthorisation(String type, Double weeklyCost, String summary) {
    String requester = requesterWithEveryApproverGroup();
    Map<String, Object> inputs = new HashMap<>(Map.of("requestType", type, "requestedBy", requester,
        "personId", person().toString(), "personName", "Fouri Eyes", "summary", summary));
    if (weeklyCost != null) {
      inputs.put("weeklyCost", weeklyCost);
    }
    String instanceId = runtime.startProcessInstanceByKey("funding-authorisation", inputs).getId();
    Task task = tasks.createTaskQuery().processInstanceId(instanceId).singleResult();
    String approverGroup = tasks.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> link.getGroupId() != null).findFirst().orElseThrow().getGroupId();
    String colleague = SecurityFixtures.onlyIn(identity, approverGroup);

    assertRefusedAndUnchanged(post(requester, "/engine-rest/task/" + task.getId() + "/claim", Map.of("userId", requester)),
        task.getId());
    assertRefusedAndUnchanged(post(colleague, "/engine-rest/task/" + task.getId() + "/assignee",
        Map.of("userId", requester)), task.getId());
    assertRefusedAndUnchanged(post(requester, "/engine-rest/task/" + task.getId() + "/complete",
        Map.of("variables", Map.of("authorisationDecision", Map.of("value", "APPROVED")))), task.getId());
    assertRefusedAndUnchanged(post(requester, "/engine-rest/task/" + task.getId() + "/submit-form",
        Map.of("variables", Map.of("authorisationDecision", Map.of("value", "APPROVED")))), task.getId());
    assertThat(requests.findByProcessInstanceId(instanceId).orElseThrow().getStatus())
        .isEqualTo(AuthorisationStatus.PENDING);

    assertThat(post(colleague, "/engine-rest/task/" + task.getId() + "/claim", Map.of("userId", colleague))
        .getStatusCode().value()).as("another " + approverGroup + " member may").isEqualTo(204);
  }

  @Test
  void whoeverAskedForANoteToBeDeletedCannotClaimOrDecideIt() {
    String requester = requesterWithEveryApproverGroup();
    UUID personId = person();
    String noteId = (String) post(requester, "/api/people/" + personId + "/notes", Map.of("date", "2024-04-04",
        "kind", "VISIT", "category", "VERIFIED_FACT", "text", "Wrote this on the wrong file")).getBody().get("noteId");
    String requestId = (String) post(requester, "/api/people/" + personId + "/notes/" + noteId + "/deletion-requests",
        Map.of("reason", "Wrong person's file")).getBody().get("id");
    NoteDeletion request = deletions.findById(UUID.fromString(requestId)).orElseThrow();
    Task task = tasks.createTaskQuery().processInstanceId(request.getProcessInstanceId()).singleResult();

    assertRefusedAndUnchanged(post(requester, "/engine-rest/task/" + task.getId() + "/claim", Map.of("userId", requester)),
        task.getId());
    assertRefusedAndUnchanged(post(requester, "/engine-rest/task/" + task.getId() + "/complete",
        Map.of("variables", Map.of("approve", Map.of("value", true)))), task.getId());
    assertThat(post(requester, "/api/note-deletion-requests/" + requestId + "/decision", Map.of("approve", true))
        .getStatusCode().value()).isEqualTo(403);
    assertThat(deletions.findById(UUID.fromString(requestId)).orElseThrow().getStatus())
        .isEqualTo(NoteDeletion.Status.REQUESTED);

    String manager = SecurityFixtures.onlyIn(identity, Groups.SERVICE_MANAGERS);
    assertThat(post(manager, "/engine-rest/task/" + task.getId() + "/claim", Map.of("userId", manager))
        .getStatusCode().value()).isEqualTo(204);
  }

  private void assertRefusedAndUnchanged(ResponseEntity<Map<String, Object>> answer, String taskId) {
    assertThat(answer.getStatusCode().value()).as("refused: " + answer.getBody()).isEqualTo(403);
    Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
    assertThat(task).as("the task is still open").isNotNull();
    assertThat(task.getAssignee()).as("and nobody holds it").isNull();
  }

  private ResponseEntity<Map<String, Object>> post(String user, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, SecurityFixtures.PASSWORD)
        .exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JSON);
  }
}
