package org.letstalk.involvement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.letstalk.conversation.ConversationFixtures.contactAbout;
import static org.letstalk.conversation.ConversationFixtures.letsTalk1;
import static org.letstalk.conversation.ConversationFixtures.newCaseFor;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.letstalk.PostgresTest;
import org.letstalk.authorisation.AuthorisationRequestRepository;
import org.letstalk.conversation.ConversationTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Who asked for a decision is whoever did the work, never a value sent with a completion: a practitioner whose
 * closure came back could once send {@code conversationHeldBy} with "ask again", so that the new closure request was
 * recorded as a colleague's, and a manager holding the case could then authorise their own closure.
 */
@PostgresTest
class CompletionFieldsTest extends ConversationTestSupport {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
  };

  @Autowired
  TestRestTemplate http;

  @Autowired
  AuthorisationRequestRepository requests;

  @Test
  void aCompletionCarryingAVariableNotOnTheFormIsRefusedNamingItAndChangesNothing() {
    ProcessInstance involvement = involvementFrom(contactAbout("Ivor"), newCaseFor("practitioner"));
    complete("practitioner", calledProcessInstance("lets-talk-1", involvement), "Task_HoldLetsTalk1",
        letsTalk1("NO_ONGOING_NEED"));
    decideAuthorisation("teammanager", calledProcessInstance("funding-authorisation", involvement), "RETURNED",
        "Say who checks on him at weekends");
    Task reconsider = task("Task_ReconsiderClosure", involvement);
    Map<String, Object> askAgain = Map.of(
        "closureNextStep", Map.of("value", "ASK_AGAIN"),
        "closureNextStepReason", Map.of("value", "No ongoing need; his nephew visits every weekend"));

    for (String route : List.of("complete", "submit-form")) {
      Map<String, Object> forged = new java.util.HashMap<>(askAgain);
      forged.put("conversationHeldBy", Map.of("value", "practitioner2"));
      forged.put("requestedBy", Map.of("value", "practitioner2"));
      ResponseEntity<Map<String, Object>> refused = post("/engine-rest/task/" + reconsider.getId() + "/" + route,
          Map.of("variables", forged));

      assertThat(refused.getStatusCode().value()).as(route).isEqualTo(400);
      assertThat(refused.getBody().get("problems")).asList().extracting("field")
          .containsExactlyInAnyOrder("conversationHeldBy", "requestedBy");
      assertThat(taskService.createTaskQuery().taskId(reconsider.getId()).singleResult()).as("still open").isNotNull();
      assertThat(runtime.getVariable(involvement.getId(), "conversationHeldBy")).isEqualTo("practitioner");
    }

    ResponseEntity<Map<String, Object>> done = post("/engine-rest/task/" + reconsider.getId() + "/complete",
        Map.of("variables", askAgain));
    assertThat(done.getStatusCode().value()).as(String.valueOf(done.getBody())).isEqualTo(204);
    ProcessInstance second = calledProcessInstance("funding-authorisation", involvement);
    assertThat(requests.findByProcessInstanceId(second.getId()).orElseThrow().getRequestedBy())
        .isEqualTo("practitioner");
  }

  private ResponseEntity<Map<String, Object>> post(String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth("practitioner", "demo")
        .exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JSON);
  }
}
