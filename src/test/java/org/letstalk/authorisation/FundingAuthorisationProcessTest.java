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
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.letstalk.PostgresTest;
import org.letstalk.ProcessTestSupport;
import org.letstalk.team.Team;
import org.letstalk.team.TeamDuty;
import org.letstalk.team.Teams;
import org.letstalk.validation.InputRejectedException;
import org.letstalk.validation.NotAllowedException;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of funding-authorisation, its rule table, four-eyes and escalation. */
@PostgresTest
class FundingAuthorisationProcessTest extends ProcessTestSupport {

  static final Date MONDAY = Date.from(LocalDateTime.of(2026, 11, 30, 10, 0).atZone(ZoneId.of("Europe/London")).toInstant());

  @Autowired
  AuthorisationRequestRepository requests;

  @Autowired
  Teams teams;

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
    assertThat(groupAt("ABOVE_PANEL")).as("told when the panel leaves a request undecided").isEqualTo("heads-of-service");
  }

  @Test
  void theRuleTableShipsSensibleLevels() {
    assertThat(level("CLOSURE", null, null, false)).containsEntry("level", "TEAM_MANAGER");
    assertThat(level("LT2_SPEND", null, 250.0, false)).containsEntry("level", "TEAM_MANAGER");
    assertThat(level("OMIT_CONVERSATION", null, null, false)).containsEntry("level", "TEAM_MANAGER");
    assertThat(level("LT1_REASSESSMENT", null, null, false)).containsEntry("level", "TEAM_MANAGER");
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
    // A worker who manages the team their own case belongs to: the request reaches them, and still they may not decide it.
    Team theirs = teams.withDuty(TeamDuty.DEFAULT_TEAM).orElseThrow();
    teams.addMember(theirs.getId(), dual, true);
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

  static Date london(int month, int day, int hour, int minute) {
    return Date.from(LocalDateTime.of(2026, month, day, hour, minute).atZone(ZoneId.of("Europe/London")).toInstant());
  }

  /** The notices about this request in {@code group}'s queue, by name. */
  List<String> noticesFor(String group, ProcessInstance authorisation) {
    return taskService.createTaskQuery().processDefinitionKey("authorisation-escalated").taskCandidateGroup(group)
        .processVariableValueEquals("personId", runtime.getVariable(authorisation.getId(), "personId"))
        .orderByTaskCreateTime().asc().list().stream().map(Task::getName).toList();
  }

  /** Whether {@code userId} finds this task in their Tasklist filters "My tasks" or "My team's tasks". */
  boolean sees(String userId, Task task) {
    List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(g -> g.getId()).toList();
    return taskService.createTaskQuery().taskId(task.getId()).taskAssignee(userId).count() == 1
        || taskService.createTaskQuery().taskId(task.getId()).taskCandidateGroupIn(groups).includeAssignedTasks()
        .count() == 1;
  }

  List<String> candidateGroups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream().filter(link -> link.getGroupId() != null)
        .map(IdentityLink::getGroupId).sorted().toList();
  }

  @Test
  void anUndecidedRequestGoesUpALevelEveryTwoWorkingDaysAndStaysWithWhoeverHoldsIt() {
    ClockUtil.setCurrentTime(MONDAY);
    ProcessInstance authorisation = request("LT1_FUNDING_CHANGE", "weeklyCost", 120.0);
    Task asked = task("Task_DecideAuthorisation", authorisation);
    assertThat(asked).hasCandidateGroup("team-managers");
    assertThat(asked.getDueDate()).isEqualTo(london(12, 2, 17, 0));
    as("teammanager", () -> taskService.claim(asked.getId(), "teammanager"));

    advanceTimeAndRunDueJobs(london(12, 1, 17, 1), authorisation);
    assertThat(task("Task_DecideAuthorisation", authorisation).getPriority()).as("not yet late").isEqualTo(50);

    // Close of business on Wednesday: two working days undecided.
    advanceTimeAndRunDueJobs(london(12, 2, 17, 1), authorisation);
    Task escalated = task("Task_DecideAuthorisation", authorisation);
    assertThat(escalated.getId()).as("the same task, not a new one").isEqualTo(asked.getId());
    assertThat(escalated).isAssignedTo("teammanager");
    assertThat(candidateGroups(escalated)).containsExactly("service-managers", "team-managers");
    assertThat(escalated.getDueDate()).as("two more working days, counted from Thursday").isEqualTo(london(12, 7, 17, 0));
    assertThat(escalated.getPriority()).isEqualTo(70);
    assertThat(sees("teammanager", escalated)).isTrue();
    assertThat(sees("servicemanager", escalated)).isTrue();
    assertThat(sees("panel", escalated)).isFalse();
    assertThat(noticesFor("team-managers", authorisation))
        .containsExactly("Gone up to a service manager: Authorise funding change: Iris Test");
    AuthorisationRequest atServiceManager = requests.findByProcessInstanceId(authorisation.getId()).orElseThrow();
    assertThat(atServiceManager.getLevel()).isEqualTo(AuthorisationLevel.SERVICE_MANAGER);
    assertThat(atServiceManager.getEscalations()).isEqualTo(1);

    advanceTimeAndRunDueJobs(london(12, 7, 16, 59), authorisation);
    assertThat(noticesFor("service-managers", authorisation)).isEmpty();
    advanceTimeAndRunDueJobs(london(12, 7, 17, 1), authorisation);
    Task atPanel = task("Task_DecideAuthorisation", authorisation);
    assertThat(atPanel.getId()).isEqualTo(asked.getId());
    assertThat(atPanel).isAssignedTo("teammanager");
    assertThat(candidateGroups(atPanel)).containsExactly("funding-panel", "service-managers", "team-managers");
    assertThat(sees("panel", atPanel)).isTrue();
    assertThat(noticesFor("service-managers", authorisation))
        .containsExactly("Gone up to the funding panel: Authorise funding change: Iris Test");
    assertThat(noticesFor("team-managers", authorisation)).as("told once").hasSize(1);
    complete("servicemanager", calledNotice(authorisation, "service-managers"), "Task_NoteEscalation",
        Map.of("escalationNote", "On leave Tuesday"));

    Object personId = runtime.getVariable(authorisation.getId(), "personId");
    approveAuthorisation("teammanager", authorisation, "Within the team's budget");
    assertThat(authorisation).isEnded().hasPassed("EndEvent_Decided");
    AuthorisationRequest decided = requests.findByProcessInstanceId(authorisation.getId()).orElseThrow();
    assertThat(decided.getDecidedBy()).isEqualTo("teammanager");
    assertThat(decided.getEscalations()).isEqualTo(2);
    assertThat(management.createJobQuery().processInstanceId(authorisation.getId()).count())
        .as("no escalation after the decision").isZero();
    assertThat(taskService.createTaskQuery().processDefinitionKey("authorisation-escalated")
        .processVariableValueEquals("personId", personId).count()).as("the notice nobody read is withdrawn").isZero();
  }

  ProcessInstance calledNotice(ProcessInstance authorisation, String group) {
    Task notice = taskService.createTaskQuery().processDefinitionKey("authorisation-escalated").taskCandidateGroup(group)
        .processVariableValueEquals("personId", runtime.getVariable(authorisation.getId(), "personId")).singleResult();
    return runtime.createProcessInstanceQuery().processInstanceId(notice.getProcessInstanceId()).singleResult();
  }

  @Test
  void atThePanelAnUndecidedRequestGoesAboveThePanelOnceAndThePanelIsThenOnlyReminded() {
    ClockUtil.setCurrentTime(MONDAY);
    ProcessInstance authorisation = request("LT3_SUPPORT_PLAN", "weeklyCost", 1200.0);
    Task asked = task("Task_DecideAuthorisation", authorisation);
    assertThat(candidateGroups(asked)).containsExactly("funding-panel");
    as("panel", () -> taskService.claim(asked.getId(), "panel"));

    advanceTimeAndRunDueJobs(london(12, 2, 17, 1), authorisation);
    assertThat(authorisation).hasPassed("Task_FindAboveThePanel", "Event_TellAboveThePanel")
        .hasNotPassed("Task_EscalateAuthorisation");
    assertThat(noticesFor("heads-of-service", authorisation))
        .containsExactly("Undecided at the funding panel: Authorise support plan funding: Iris Test");
    assertThat(noticesFor("funding-panel", authorisation)).as("the panel is not told about its own request").isEmpty();
    Task stillWithThePanel = task("Task_DecideAuthorisation", authorisation);
    assertThat(stillWithThePanel.getId()).isEqualTo(asked.getId());
    assertThat(stillWithThePanel).isAssignedTo("panel");
    assertThat(candidateGroups(stillWithThePanel)).containsExactly("funding-panel");
    assertThat(requests.findByProcessInstanceId(authorisation.getId()).orElseThrow().getLevel())
        .isEqualTo(AuthorisationLevel.PANEL);

    // The council's interval (P7D by default): one reminder a week, and nothing else.
    advanceTimeAndRunDueJobs(london(12, 9, 17, 0), authorisation);
    assertThat(noticesFor("funding-panel", authorisation)).isEmpty();
    advanceTimeAndRunDueJobs(london(12, 9, 17, 2), authorisation);
    assertThat(noticesFor("funding-panel", authorisation))
        .containsExactly("Still undecided: Authorise support plan funding: Iris Test");
    advanceTimeAndRunDueJobs(london(12, 16, 17, 2), authorisation);
    assertThat(noticesFor("funding-panel", authorisation)).hasSize(2);
    assertThat(noticesFor("heads-of-service", authorisation)).as("escalated above the panel once").hasSize(1);
    assertThat(task("Task_DecideAuthorisation", authorisation)).isAssignedTo("panel");
    assertThat(task("Task_DecideAuthorisation", authorisation).getId()).isEqualTo(asked.getId());

    complete("headofservice", calledNotice(authorisation, "heads-of-service"), "Task_NoteEscalation", Map.of());
    approveAuthorisation("panel", authorisation, "Fair personal budget");
    assertThat(authorisation).isEnded();
    AuthorisationRequest decided = requests.findByProcessInstanceId(authorisation.getId()).orElseThrow();
    assertThat(decided.getDecidedAtLevel()).isEqualTo(AuthorisationLevel.PANEL);
    assertThat(decided.getDecidedBy()).isEqualTo("panel");
    assertThat(decided.getEscalations()).isZero();
  }
}
