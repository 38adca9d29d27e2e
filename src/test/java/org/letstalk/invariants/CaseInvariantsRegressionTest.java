package org.letstalk.invariants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.letstalk.conversation.ConversationFixtures.contactAbout;
import static org.letstalk.conversation.ConversationFixtures.letsTalk1;
import static org.letstalk.conversation.ConversationFixtures.newCaseFor;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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

  /**
   * Contact, Let's Talk 1 "no ongoing need", the closure undecided for two working days (it goes up to a service
   * manager and the team managers are told), then approved: the case closed and the notice stayed in the team
   * managers' queue.
   */
  @Test
  void theNoticeThatAClosureWentUpIsWithdrawnOnceTheClosureIsDecided() {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2031, 1, 6, 9, 0).atZone(ZoneId.of("Europe/London"))
        .toInstant()));
    ProcessInstance involvement = involvementFrom(contactAbout("Bea"), newCaseFor("practitioner"));
    UUID bea = UUID.fromString(involvement.getBusinessKey());
    complete("practitioner", calledProcessInstance("lets-talk-1", involvement), "Task_HoldLetsTalk1",
        letsTalk1("NO_ONGOING_NEED"));
    ProcessInstance closure = calledProcessInstance("funding-authorisation", involvement);
    advanceTimeAndRunDueJobs(Date.from(LocalDateTime.of(2031, 1, 9, 9, 0).atZone(ZoneId.of("Europe/London"))
        .toInstant()), closure);
    ProcessInstance notice = runtime.createProcessInstanceQuery().processDefinitionKey("authorisation-escalated")
        .variableValueEquals("personId", bea.toString()).singleResult();
    assertThat(notice).isWaitingAt("Task_NoteEscalation");

    approveAuthorisation("teammanager", closure);

    assertThat(notice).isEnded().hasPassed("EndEvent_NoticeWithdrawn");
    assertThat(involvements.findByPersonIdOrderByStartedAt(bea)).singleElement()
        .satisfies(closed -> assertThat(closed.getStatus()).isEqualTo(InvolvementStatus.CLOSED));
    assertThat(taskService.createTaskQuery().processVariableValueEquals("personId", bea.toString()).count()).isZero();
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
