package org.letstalk.carers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.letstalk.FormFixtures.with;
import static org.letstalk.carers.CarersFixtures.carerDetails;
import static org.letstalk.carers.CarersFixtures.letsTalk1WithCarerAccepting;
import static org.letstalk.conversation.ConversationFixtures.contactAbout;
import static org.letstalk.conversation.ConversationFixtures.newCaseFor;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.letstalk.ProcessTestSupport;

/**
 * Reaching a carer's conversation through the cared-for person's Let's Talk 1; its forms' input is in
 * CarersFixtures.
 */
abstract class CarersTestSupport extends ProcessTestSupport {

  /** The cared-for person's involvement, waiting at their first Let's Talk 1 with practitioner2. */
  ProcessInstance involvementWaitingAtLetsTalk1(Map<String, Object> contact) {
    return involvementFrom(contact, newCaseFor("practitioner2"));
  }

  /** The carer's conversation started by the offer accepted in the conversation about {@code caredForId}. */
  ProcessInstance carersConversationFor(String caredForId) {
    List<ProcessInstance> found = runtime.createProcessInstanceQuery().processDefinitionKey("carers-conversation")
        .variableValueEquals("caredForId", caredForId).active().list();
    assertThat(found).as("one carer's conversation for " + caredForId).hasSize(1);
    return found.get(0);
  }

  /** A carer linked and waiting at their first Let's Talk 1, for somebody whose own Let's Talk 1 goes on. */
  ProcessInstance carerAtLetsTalk1(String caredForName) {
    ProcessInstance involvement = involvementWaitingAtLetsTalk1(contactAbout(caredForName));
    complete("practitioner2", calledProcessInstance("lets-talk-1", involvement), "Task_HoldLetsTalk1",
        letsTalk1WithCarerAccepting("LT1"));
    ProcessInstance carer = carersConversationFor(involvement.getBusinessKey());
    complete("carers", carer, "Task_RecordCarerDetails", carerDetails("Husband"));
    assertThat(carer).isWaitingAt("Task_HoldCarersLetsTalk1");
    return carer;
  }

  /** The carer's person id, which the carer's conversation takes as its business key once the carer is linked. */
  UUID carerIdOf(ProcessInstance carersConversation) {
    return UUID.fromString((String) historicVariable(carersConversation, "personId"));
  }
}
