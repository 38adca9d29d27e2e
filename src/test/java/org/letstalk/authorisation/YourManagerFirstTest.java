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
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.letstalk.PostgresTest;
import org.letstalk.ProcessTestSupport;
import org.letstalk.identity.Groups;
import org.letstalk.team.Team;
import org.letstalk.team.Teams;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Your manager first [T 7.18 2.3b, 2.5a]: a request at team manager level goes to the managers of the team the case is
 * allocated to, not to every team manager in the council; the levels above still follow authorisation-level, and an
 * undecided request still goes up after two working days. The rule is the table authorisation-group.
 */
@PostgresTest
class YourManagerFirstTest extends ProcessTestSupport {

  static final Date MONDAY = Date.from(LocalDateTime.of(2026, 11, 30, 10, 0).atZone(ZoneId.of("Europe/London"))
      .toInstant());

  @Autowired
  Teams teams;

  @Test
  void theTableSendsATeamManagersRequestToTheManagersOfTheCasesTeam() {
    assertThat(groupAt("TEAM_MANAGER", "team-north-managers")).isEqualTo("team-north-managers");
    assertThat(groupAt("TEAM_MANAGER", null)).as("a case with no team").isEqualTo("team-managers");
    assertThat(groupAt("SERVICE_MANAGER", "team-north-managers")).isEqualTo("service-managers");
    assertThat(groupAt("PANEL", "team-north-managers")).isEqualTo("funding-panel");
  }

  @Test
  void aClosureGoesToTheManagerOfTheCasesTeamAndUpToAServiceManagerAfterTwoWorkingDays() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String manager = user("own-manager-" + tag, Groups.TEAM_MANAGERS);
    String worker = user("own-worker-" + tag, Groups.PRACTITIONERS);
    Team team = teams.defineTeam("Manager first " + tag, manager, "servicemanager");
    teams.addMember(team.getId(), worker);
    ClockUtil.setCurrentTime(MONDAY);

    ProcessInstance involvement = involvementFrom(contactAbout("Maud"), newCaseFor(worker));
    complete(worker, calledProcessInstance("lets-talk-1", involvement), "Task_HoldLetsTalk1",
        letsTalk1("NO_ONGOING_NEED"));
    ProcessInstance authorisation = calledProcessInstance("funding-authorisation", involvement);
    Task decide = task("Task_DecideAuthorisation", authorisation);

    assertThat(candidateGroups(decide)).containsExactly(team.getManagersGroupId());
    assertThat(sees(manager, decide)).as("the case's own team manager").isTrue();
    assertThat(sees("teammanager", decide)).as("a manager of other teams").isFalse();
    assertThat(sees("teammanager2", decide)).isFalse();

    // Close of business on Wednesday: two working days undecided, up to a service manager as before.
    advanceTimeAndRunDueJobs(Date.from(LocalDateTime.of(2026, 12, 2, 17, 1).atZone(ZoneId.of("Europe/London"))
        .toInstant()), authorisation);
    Task escalated = task("Task_DecideAuthorisation", authorisation);
    assertThat(candidateGroups(escalated)).containsExactlyInAnyOrder(team.getManagersGroupId(), "service-managers");
    assertThat(sees("servicemanager", escalated)).isTrue();
    assertThat(sees("teammanager", escalated)).isFalse();

    approveAuthorisation(manager, authorisation);
    assertThat(involvement).isEnded();
  }

  /**
   * A worker in two teams has no first team to fall back on: the contact's outcome is asked which team holds the case,
   * and the closure goes to that team's manager, not the other's, whichever team the worker joined first.
   */
  @Test
  void aWorkerInTwoTeamsIsAskedWhichHoldsTheCaseAndItsManagerDecides() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String first = user("first-manager-" + tag, Groups.TEAM_MANAGERS);
    String second = user("second-manager-" + tag, Groups.TEAM_MANAGERS);
    String worker = user("two-teams-" + tag, Groups.PRACTITIONERS);
    Team joinedFirst = teams.defineTeam("Joined first " + tag, first, null);
    Team holding = teams.defineTeam("Holds the case " + tag, second, null);
    teams.addMember(joinedFirst.getId(), worker);
    teams.addMember(holding.getId(), worker);
    ClockUtil.setCurrentTime(MONDAY);

    ProcessInstance contact = startContact("frontdoor", contactAbout("Nell"));
    assertThatRejected(() -> complete("frontdoor", contact, "Task_DecideContactOutcome", newCaseFor(worker)))
        .hasMessageContaining("allocatedTeam").hasMessageContaining("several teams");
    Map<String, Object> outcome = new HashMap<>(newCaseFor(worker));
    outcome.put("allocatedTeam", holding.getName());
    complete("frontdoor", contact, "Task_DecideContactOutcome", outcome);
    ProcessInstance involvement = involvementOf(contact);

    complete(worker, calledProcessInstance("lets-talk-1", involvement), "Task_HoldLetsTalk1",
        letsTalk1("NO_ONGOING_NEED"));
    ProcessInstance authorisation = calledProcessInstance("funding-authorisation", involvement);
    Task decide = task("Task_DecideAuthorisation", authorisation);
    assertThat(candidateGroups(decide)).containsExactly(holding.getManagersGroupId());
    assertThat(sees(first, decide)).as("the manager of the worker's other team").isFalse();
    assertThatThrownBy(() -> as(first, () -> taskService.claim(decide.getId(), first)))
        .as("a manager of another team cannot take it").isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> approveAuthorisation(first, authorisation)).isInstanceOf(AuthorizationException.class);

    approveAuthorisation(second, authorisation);
    assertThat(involvement).isEnded();
  }

  private String groupAt(String level, String caseTeamManagers) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("authorisationLevel", level);
    inputs.put("caseTeamManagers", caseTeamManagers);
    return engine.getDecisionService().evaluateDecisionTableByKey("authorisation-group", inputs).getSingleResult()
        .getSingleEntry();
  }

  private String user(String id, String group) {
    User user = identity.newUser(id);
    user.setFirstName("Test");
    user.setLastName(id);
    user.setPassword("demo");
    identity.saveUser(user);
    identity.createMembership(id, group);
    return id;
  }

  private boolean sees(String userId, Task task) {
    List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(g -> g.getId()).toList();
    return taskService.createTaskQuery().taskId(task.getId()).taskCandidateGroupIn(groups).includeAssignedTasks()
        .count() == 1;
  }

  private List<String> candidateGroups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream().filter(link -> link.getGroupId() != null)
        .map(IdentityLink::getGroupId).toList();
  }
}
