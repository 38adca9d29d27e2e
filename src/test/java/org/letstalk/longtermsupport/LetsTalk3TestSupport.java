package org.letstalk.longtermsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.letstalk.conversation.ConversationFixtures.contactAbout;
import static org.letstalk.conversation.ConversationFixtures.letsTalk1;
import static org.letstalk.conversation.ConversationFixtures.newCaseFor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.letstalk.ProcessTestSupport;

/** Reaching a Let's Talk 3 through the front door; its forms' input is in LetsTalk3Fixtures. */
abstract class LetsTalk3TestSupport extends ProcessTestSupport {

  /** A person's involvement whose Let's Talk 1 ended with the outcome Let's Talk 3. */
  ProcessInstance involvementAfterLetsTalk1(String givenName) {
    ProcessInstance involvement = involvementWaitingAtLetsTalk1(givenName);
    complete("practitioner2", calledProcessInstance("lets-talk-1", involvement), "Task_HoldLetsTalk1",
        letsTalk1("LT3"));
    assertThat(involvement).isWaitingAt("CallActivity_LetsTalk3");
    return involvement;
  }

  ProcessInstance involvementWaitingAtLetsTalk1(String givenName) {
    return involvementFrom(contactAbout(givenName), newCaseFor("practitioner2"));
  }

  /** Let's Talk 3 asked for in an involvement where no conversation has been held yet. */
  ProcessInstance letsTalk3WithoutEarlierConversation(String givenName) {
    ProcessInstance involvement = involvementWaitingAtLetsTalk1(givenName);
    Map<String, Object> variables = new HashMap<>();
    for (String name : List.of("personId", "personName", "involvementId", "conversationTeam")) {
      variables.put(name, runtime.getVariable(involvement.getId(), name));
    }
    variables.put("conversationAssignee", "practitioner2");
    return runtime.startProcessInstanceByKey("lets-talk-3", involvement.getBusinessKey(), variables);
  }

  ProcessInstance letsTalk3Of(ProcessInstance involvement) {
    return calledProcessInstance("lets-talk-3", involvement);
  }
}
