package org.letstalk.authorisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.letstalk.RefusalAssertions.assertThatRejected;
import static org.letstalk.conversation.ConversationFixtures.contactAbout;
import static org.letstalk.conversation.ConversationFixtures.letsTalk1;
import static org.letstalk.conversation.ConversationFixtures.newCaseFor;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.letstalk.PostgresTest;
import org.letstalk.ProcessTestSupport;
import org.letstalk.validation.InputRejectedException;
import org.letstalk.validation.NotAllowedException;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of funding-authorisation, its rule table, four-eyes and escalation. */
@PostgresTest
class FundingAuthorisationProcessTest extends ProcessTestSupport {

  static final Date MONDAY = Date.from(LocalDateTime.of(2026, 11, 30, 10, 0).atZone(ZoneId.of("Europe/London")).toInstant());

  @Autowired
  AuthorisationRequestRepository requests;

  String personId() {
    ProcessInstance contact = startContact("frontdoor", contactAbout("Iris"));
    return (String) runtime.getVariable(contact.getId(), "personId");
  }

  ProcessInstance request(String type, Object... more) {
    Map<String, Object> inputs = new HashMap<>(Map.of("requestType", type, "requestedBy", "practitioner",
        "personId", personId(), "personName", "Iris Test", "summary", "Support plan: two calls a day"));
    for (int i = 0; i < more.length; i += 2) {
      inputs.put((String) more[i], more[i + 1]);
    }
    return runtime.startProcessInstanceByKey("funding-authorisation", inputs);
  }

  Map<String, Object> level(String type, Double weekly, Double oneOff, boolean residential) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("requestType", type);
    inputs.put("weeklyCost", weekly);
    inputs.put("oneOffAmount", oneOff);
    inputs.put("residential", residential);
    return engine.getDecisionService().evaluateDecisionTableByKey("authorisation-level", inputs).getSingleResult();
  }

  String groupAt(String level) {
    return engine.getDecisionService().evaluateDecisionTableByKey("authorisation-group",
        Map.of("authorisationLevel", level)).getSingleResult().getSingleEntry();
  }

  @Test
  void eachLevelIsDecidedByItsGroup() {
    assertThat(groupAt("TEAM_MANAGER")).isEqualTo("team-managers");
    assertThat(groupAt("SERVICE_MANAGER")).isEqualTo("service-managers");
    assertThat(groupAt("PANEL")).isEqualTo("funding-panel");
  }

  @Test
  void theRuleTableShipsSensibleLevels() {
    assertThat(level("CLOSURE", null, null, false)).containsEntry("level", "TEAM_MANAGER");
    assertThat(level("LT2_SPEND", null, 250.0, false)).containsEntry("level", "TEAM_MANAGER");
    assertThat(level("OMIT_CONVERSATION", null, null, false)).containsEntry("level", "TEAM_MANAGER");
    assertThat(level("LT3_SUPPORT_PLAN", 500.0, null, false)).containsEntry("level", "TEAM_MANAGER");
    assertThat(level("LT3_SUPPORT_PLAN", 500.01, null, false)).containsEntry("level", "SERVICE_MANAGER");
    assertThat(level("LT1_FUNDING_CHANGE", 1000.0, null, false)).containsEntry("level", "SERVICE_MANAGER");
    assertThat(level("LT3_SUPPORT_PLAN", 1000.01, null, false)).containsEntry("level", "PANEL");
    assertThat(level("LT3_SUPPORT_PLAN", 200.0, null, true)).containsEntry("level", "PANEL");
  }

  @Test
  void theRequesterCanNeverApproveTheirOwnRequestWhateverGroupsTheyHold() {
    String dual = "dualrole";
    if (identity.createUserQuery().userId(dual).count() == 0) {
      User user = identity.newUser(dual);
      user.setFirstName("Dee");
      user.setLastName("Both");
      user.setPassword("demo");
      identity.saveUser(user);
      identity.createMembership(dual, "practitioners");
      identity.createMembership(dual, "team-managers");
    }
    ProcessInstance involvement = involvementFrom(contactAbout("Jack"), newCaseFor(dual));
    complete(dual, calledProcessInstance("lets-talk-1", involvement), "Task_HoldLetsTalk1", letsTalk1("NO_ONGOING_NEED"));

    ProcessInstance authorisation = calledProcessInstance("funding-authorisation", involvement);
    Task decide = task("Task_DecideAuthorisation", authorisation);
    assertThat(as(dual, () -> taskService.createTaskQuery().taskId(decide.getId()).count()))
        .as("a team manager sees the team's requests").isEqualTo(1);
    assertThatThrownBy(() -> as(dual, () -> taskService.claim(decide.getId(), dual)))
        .hasRootCauseInstanceOf(NotAllowedException.class).hasMessageContaining("cannot authorise");
    assertThatThrownBy(() -> approveAuthorisation(dual, authorisation))
        .isInstanceOf(AuthorizationException.class).hasMessageContaining("cannot authorise");
    assertThat(authorisation).isWaitingAt("Task_DecideAuthorisation");
    assertThat(requests.findByProcessInstanceId(authorisation.getId()).orElseThrow().getStatus())
        .isEqualTo(AuthorisationStatus.PENDING);

    approveAuthorisation("teammanager", authorisation);
    AuthorisationRequest decided = requests.findByProcessInstanceId(authorisation.getId()).orElseThrow();
    assertThat(decided.getRequestedBy()).isEqualTo(dual);
    assertThat(decided.getDecidedBy()).isEqualTo("teammanager");
    assertThat(decided.getDecidedAtLevel()).isEqualTo(AuthorisationLevel.TEAM_MANAGER);
    assertThat(decided.getRequestType()).isEqualTo(RequestType.CLOSURE);
    assertThat(decided.getDecidedAt()).isNotNull();
    assertThat(involvement).isEnded();
  }

  @Test
  void aDeclineNeedsAReasonAndAReturnSaysWhatToChange() {
    ProcessInstance authorisation = request("LT1_FUNDING_CHANGE", "weeklyCost", 120.0);
    assertThat(task("Task_DecideAuthorisation", authorisation)).hasCandidateGroup("team-managers");

    assertThatRejected(() -> complete("teammanager", authorisation, "Task_DecideAuthorisation",
        Map.of("authorisationDecision", "DECLINED")))
        .isInstanceOf(InputRejectedException.class).hasMessageStartingWith("authorisationReason:");
    assertThatRejected(() -> complete("teammanager", authorisation, "Task_DecideAuthorisation",
        Map.of("authorisationDecision", "RETURNED")))
        .isInstanceOf(InputRejectedException.class).hasMessageStartingWith("authorisationReason:");
    assertThatRejected(() -> complete("teammanager", authorisation, "Task_DecideAuthorisation",
        Map.of("authorisationDecision", "MAYBE")))
        .isInstanceOf(InputRejectedException.class).hasMessageStartingWith("authorisationDecision:");
    assertThat(authorisation).isWaitingAt("Task_DecideAuthorisation");
    assertThat(requests.findByProcessInstanceId(authorisation.getId()).orElseThrow().getStatus())
        .isEqualTo(AuthorisationStatus.PENDING);

    decideAuthorisation("teammanager", authorisation, "RETURNED", "Show the carer's view");
    assertThat(authorisation).isEnded().variables().containsEntry("authorisationDecision", "RETURNED");
    AuthorisationRequest returned = requests.findByProcessInstanceId(authorisation.getId()).orElseThrow();
    assertThat(returned.getStatus()).isEqualTo(AuthorisationStatus.RETURNED);
    assertThat(returned.getReason()).isEqualTo("Show the carer's view");
  }

  @Test
  void badRequestsAreRefusedBeforeAnythingIsStored() {
    assertThatRejected(() -> request("HOLIDAY"))
        .isInstanceOf(InputRejectedException.class).hasMessageStartingWith("requestType:");
    assertThatRejected(() -> request("LT2_SPEND"))
        .isInstanceOf(InputRejectedException.class).hasMessageStartingWith("oneOffAmount:");
    assertThatRejected(() -> request("LT3_SUPPORT_PLAN"))
        .isInstanceOf(InputRejectedException.class).hasMessageStartingWith("weeklyCost:");
    assertThatRejected(() -> request("CLOSURE", "summary", " "))
        .isInstanceOf(InputRejectedException.class).hasMessageStartingWith("summary:");
  }

  @Test
  void anUndecidedRequestEscalatesAfterTwoWorkingDaysToTheNextLevel() {
    ClockUtil.setCurrentTime(MONDAY);
    ProcessInstance authorisation = request("LT3_SUPPORT_PLAN", "weeklyCost", 700.0);
    Task first = task("Task_DecideAuthorisation", authorisation);
    assertThat(first).hasCandidateGroup("service-managers");
    assertThat(first.getName()).isEqualTo("Authorise support plan funding: Iris Test");

    advanceTimeAndRunDueJobs(Date.from(MONDAY.toInstant().plusSeconds(24 * 3600)), authorisation);
    assertThat(task("Task_DecideAuthorisation", authorisation)).hasCandidateGroup("service-managers");

    // Due at close of business on Wednesday, two working days on.
    advanceTimeAndRunDueJobs(Date.from(LocalDateTime.of(2026, 12, 2, 17, 1).atZone(ZoneId.of("Europe/London")).toInstant()),
        authorisation);
    assertThat(authorisation).hasPassed("Task_EscalateAuthorisation");
    assertThat(task("Task_DecideAuthorisation", authorisation)).hasCandidateGroup("funding-panel");
    AuthorisationRequest escalated = requests.findByProcessInstanceId(authorisation.getId()).orElseThrow();
    assertThat(escalated.getLevel()).isEqualTo(AuthorisationLevel.PANEL);
    assertThat(escalated.getEscalations()).isEqualTo(1);
    ProcessInstance notice = runtime.createProcessInstanceQuery().processDefinitionKey("authorisation-escalated")
        .variableValueEquals("personId", runtime.getVariable(authorisation.getId(), "personId")).singleResult();
    Task told = task("Task_NoteEscalation", notice);
    assertThat(told).as("the service managers who let it pass are told").hasCandidateGroup("service-managers");
    assertThat(told.getName()).isEqualTo("Gone up to the funding panel: Authorise support plan funding: Iris Test");
    complete("servicemanager", notice, "Task_NoteEscalation", Map.of("escalationNote", "On leave Tuesday"));
    assertThat(notice).isEnded();

    approveAuthorisation("panel", authorisation, "Fair personal budget");
    AuthorisationRequest decided = requests.findByProcessInstanceId(authorisation.getId()).orElseThrow();
    assertThat(decided.getDecidedAtLevel()).isEqualTo(AuthorisationLevel.PANEL);
    assertThat(decided.getDecidedBy()).isEqualTo("panel");
    assertThat(decided.getWeeklyCost()).isEqualByComparingTo("700");
  }
}
