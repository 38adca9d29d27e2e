package org.letstalk.invariants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.letstalk.conversation.ConversationFixtures.contactAbout;
import static org.letstalk.conversation.ConversationFixtures.letsTalk1;
import static org.letstalk.conversation.ConversationFixtures.newCaseFor;

import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.letstalk.PostgresTest;
import org.letstalk.ProcessTestSupport;
import org.letstalk.involvement.InvolvementRepository;
import org.letstalk.involvement.InvolvementStatus;
import org.letstalk.validation.ConflictException;
import org.springframework.beans.factory.annotation.Autowired;

/** Counter-examples CaseInvariantsPropertyTest found, shrunk to the few steps that broke an invariant. */
@PostgresTest
class CaseInvariantsRegressionTest extends ProcessTestSupport {

  @Autowired
  InvolvementRepository involvements;

  /**
   * Contact, Let's Talk 1 "no ongoing need", a further contact while the closure waits for its authorisation, the
   * closure approved: the case closed with the further contact's task still open.
   */
  @Test
  void aFurtherContactWhileTheClosureWaitsKeepsTheCaseOpenUntilItIsConsidered() {
    Map<String, Object> contact = contactAbout("Ada");
    ProcessInstance involvement = involvementFrom(contact, newCaseFor("practitioner"));
    UUID ada = UUID.fromString(involvement.getBusinessKey());
    complete("practitioner", calledProcessInstance("lets-talk-1", involvement), "Task_HoldLetsTalk1",
        letsTalk1("NO_ONGOING_NEED"));
    ProcessInstance again = startContact("frontdoor", contact);
    complete("frontdoor", again, "Task_DecideContactOutcome", Map.of("outcome", "EXISTING_CASE",
        "outcomeReason", "Her son rang: she is not eating", "crisis", false, "allocation", "NAMED_WORKER",
        "allocatedWorker", "practitioner"));
    ProcessInstance closure = calledProcessInstance("funding-authorisation", involvement);

    Throwable refused = catchThrowable(() -> approveAuthorisation("teammanager", closure));

    assertThat(conflictIn(refused)).as("409 naming the further contact").isNotNull()
        .hasMessageContaining("a further contact about Ada");
    assertThat(involvement).isWaitingAt("CallActivity_AuthoriseClosure", "Task_ConsiderFurtherContact");
    assertThat(involvements.findByPersonIdOrderByStartedAt(ada)).singleElement()
        .satisfies(open -> assertThat(open.getStatus()).isEqualTo(InvolvementStatus.OPEN));

    complete("practitioner", involvement, "Task_ConsiderFurtherContact",
        Map.of("newContactAction", "Rang her son: she is eating again; closure still right"));
    approveAuthorisation("teammanager", closure);

    assertThat(involvement).isEnded().hasPassed("EndEvent_Closed");
    assertThat(involvements.findByPersonIdOrderByStartedAt(ada)).singleElement()
        .satisfies(closed -> assertThat(closed.getStatus()).isEqualTo(InvolvementStatus.CLOSED));
    assertThat(taskService.createTaskQuery().processVariableValueEquals("personId", ada.toString()).count()).isZero();
  }

  private static ConflictException conflictIn(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ConflictException conflict) {
        return conflict;
      }
    }
    return null;
  }
}
