package org.letstalk.longtermsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.letstalk.FormFixtures.with;
import static org.letstalk.conversation.ConversationFixtures.letsTalk1;
import static org.letstalk.longtermsupport.LetsTalk3Fixtures.analysis;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.letstalk.PostgresTest;

/**
 * A carer offered a conversation of their own in a Let's Talk 3 [T App B item 7; T 1.22], who accepts it, gets it
 * with the carers' centre, as after a Let's Talk 1 or 2; one waiting conversation per carer offered.
 */
@PostgresTest
class LetsTalk3CarerOfferTest extends LetsTalk3TestSupport {

  @Test
  void aCarerWhoAcceptsInALetsTalk3GetsAConversationOfTheirOwnWithTheCarersCentre() {
    ProcessInstance lt3 = letsTalk3Of(involvementAfterLetsTalk1("Ola"));

    complete("practitioner2", lt3, "Task_HoldLetsTalk3", accepting("Huw Ellis"));

    assertThat(lt3).hasPassed("Event_StartCarersConversation", "EndEvent_CarersConversationStarted")
        .isWaitingAt("Task_AssessEligibility");
    List<ProcessInstance> waiting = carersConversationsWaitingFor(lt3);
    assertThat(waiting).singleElement().satisfies(carer -> {
      Map<String, Object> variables = runtime.getVariables(carer.getId());
      assertThat(variables).containsEntry("offeredCarerName", "Huw Ellis").containsEntry("offeredBy", "practitioner2")
          .containsEntry("caredForName", runtime.getVariable(lt3.getId(), "personName"));
    });
  }

  @Test
  void theSameCarerAcceptingAgainBeforeTheCarersCentreHasTakenItUpAddsNothing() {
    ProcessInstance involvement = involvementWaitingAtLetsTalk1("Nia");
    complete("practitioner2", calledProcessInstance("lets-talk-1", involvement), "Task_HoldLetsTalk1",
        with(letsTalk1("LT3"), "carerPresent", true, "carerConversationOffered", true,
            "carerConversationRefused", false, "carerName", "Ruth Jones"));
    ProcessInstance lt3 = letsTalk3Of(involvement);
    assertThat(carersConversationsWaitingFor(lt3)).hasSize(1);

    complete("practitioner2", lt3, "Task_HoldLetsTalk3", accepting("Ruth Jones"));

    assertThat(lt3).hasPassed("Event_StartCarersConversation");
    assertThat(carersConversationsWaitingFor(lt3)).as("one conversation for Ruth, still waiting").hasSize(1);
  }

  @Test
  void noOfferAcceptedStartsNoCarersConversation() {
    ProcessInstance lt3 = letsTalk3Of(involvementAfterLetsTalk1("Pam"));

    complete("practitioner2", lt3, "Task_HoldLetsTalk3", analysis());

    assertThat(lt3).hasNotPassed("Event_StartCarersConversation");
    assertThat(carersConversationsWaitingFor(lt3)).isEmpty();
  }

  private static Map<String, Object> accepting(String carerName) {
    return with(analysis(), "carerConversationOffered", true, "carerNotOfferedReason", null,
        "carerConversationRefused", false, "carerName", carerName);
  }

  private List<ProcessInstance> carersConversationsWaitingFor(ProcessInstance lt3) {
    return runtime.createProcessInstanceQuery().processDefinitionKey("carers-conversation")
        .variableValueEquals("caredForId", runtime.getVariable(lt3.getId(), "personId"))
        .activityIdIn("Task_RecordCarerDetails").list();
  }
}
