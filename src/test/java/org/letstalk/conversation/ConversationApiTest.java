package org.letstalk.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.letstalk.FormFixtures.with;
import static org.letstalk.conversation.ConversationFixtures.contactAbout;
import static org.letstalk.conversation.ConversationFixtures.crisisFor;
import static org.letstalk.conversation.ConversationFixtures.letsTalk1;
import static org.letstalk.conversation.ConversationFixtures.letsTalk2;
import static org.letstalk.conversation.ConversationFixtures.newCaseFor;

import org.letstalk.involvement.InvolvementStatus;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.letstalk.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The conversation tasks through the engine REST API, as Tasklist submits them. */
@PostgresTest
class ConversationApiTest extends ConversationTestSupport {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
  };

  @Autowired
  TestRestTemplate http;

  @Test
  void theLetsTalk1FormIsDeployedAndAMissingStrengthIsA400NamingTheField() {
    ProcessInstance involvement = involvementFrom(contactAbout("Lena"), newCaseFor("practitioner"));
    Task task = task("Task_HoldLetsTalk1", calledProcessInstance("lets-talk-1", involvement));

    ResponseEntity<Map<String, Object>> form = http.withBasicAuth("practitioner", "demo")
        .exchange("/engine-rest/task/" + task.getId() + "/deployed-form", HttpMethod.GET, null, JSON);
    assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(form.getBody()).containsEntry("id", "lets-talk-1");

    ResponseEntity<Map<String, Object>> answer = submit("practitioner", task,
        with(letsTalk1("NO_ONGOING_NEED"), "strengthsCommunity", null));

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody().get("problems")).asList().extracting("field", "message").anySatisfy(problem ->
        assertThat(problem.toList()).startsWith("strengthsCommunity",
            "\u201cCommunity: groups, places and services nearby\u201d: every conversation starts with strengths: personal,"
                + " informal network and community."));
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).as("the task stays open").isOne();
    assertThat(conversations.findByPersonIdOrderByHeldAt(personOf(involvement))).isEmpty();
  }

  @Test
  void aCrisisPlanEndingTooLateIsA400() {
    ProcessInstance involvement = involvementFrom(contactAbout("Milo"), crisisFor("practitioner"));
    Task task = task("Task_HoldLetsTalk2", calledProcessInstance("lets-talk-2", involvement));

    ResponseEntity<Map<String, Object>> answer = submit("practitioner", task, letsTalk2(90));

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody().get("problems")).asList().extracting("field", "message").anySatisfy(problem -> {
      assertThat(problem.toList().get(0)).isEqualTo("planEndDate");
      assertThat((String) problem.toList().get(1))
          .startsWith("\u201cPlan end date\u201d: a crisis plan lasts between 1 and 8 weeks: choose a date from ");
    });
    assertThat(plans.findByPersonIdOrderByMadeAt(personOf(involvement))).isEmpty();
  }

  @Test
  void aClosureIsDecidedByAnotherTeamManagerNeverByThePractitionerWhoAskedOrAColleague() {
    ProcessInstance involvement = involvementFrom(contactAbout("Nell"), newCaseFor("practitioner"));
    submit("practitioner", task("Task_HoldLetsTalk1", calledProcessInstance("lets-talk-1", involvement)),
        letsTalk1("NO_ONGOING_NEED"));
    Task decide = task("Task_DecideAuthorisation", calledProcessInstance("funding-authorisation", involvement));

    assertThat(submit("practitioner2", decide, Map.of("authorisationDecision", "APPROVED")).getStatusCode())
        .as("a practitioner cannot see the team manager's task").isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    assertThat(submit("teammanager2", decide, Map.of("authorisationDecision", "DECLINED")).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(submit("teammanager2", decide, Map.of("authorisationDecision", "APPROVED")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(involvements.findByProcessInstanceId(involvement.getId()).orElseThrow().getStatus())
        .isEqualTo(InvolvementStatus.CLOSED);
  }

  private ResponseEntity<Map<String, Object>> submit(String user, Task task, Map<String, Object> form) {
    Map<String, Object> variables = new HashMap<>();
    form.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, "demo").exchange("/engine-rest/task/" + task.getId() + "/submit-form",
        HttpMethod.POST, new HttpEntity<>(Map.of("variables", variables), headers), JSON);
  }
}
