package org.letstalk.caseload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.letstalk.conversation.ConversationFixtures.contactAbout;
import static org.letstalk.conversation.ConversationFixtures.crisisFor;
import static org.letstalk.conversation.ConversationFixtures.letsTalk2;
import static org.letstalk.conversation.ConversationFixtures.newCaseFor;

import java.math.BigDecimal;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.letstalk.PostgresTest;
import org.letstalk.conversation.ConversationTestSupport;
import org.letstalk.identity.Groups;
import org.letstalk.plan.Delivery;
import org.letstalk.plan.PlanType;
import org.letstalk.plan.SupportPlans;
import org.letstalk.record.RecordAccess;
import org.letstalk.record.RecordAccessRepository;
import org.letstalk.review.flow.StartReviewCycle;
import org.letstalk.team.Teams;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A worker's and a team's caseload, as a team manager supervising and allocating reads them: each open case with its
 * stage, plan in force, next review, tasks open and overdue and crisis plan; and who may read which.
 */
@PostgresTest
class CaseloadTest extends ConversationTestSupport {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
  };
  private static final String PASSWORD = "demo";

  @Autowired
  TestRestTemplate http;

  @Autowired
  Teams teams;

  @Autowired
  SupportPlans supportPlans;

  @Autowired
  StartReviewCycle reviewCycles;

  @Autowired
  RecordAccessRepository accessLog;

  @Autowired
  Caseloads caseloads;

  String manager;
  String otherManager;
  String workerA;
  String workerB;
  UUID team;
  UUID withPlan;
  UUID inCrisis;
  UUID heldByB;

  @BeforeEach
  void aTeamOfTwoWorkersHoldingThreeCases() {
    String suffix = Long.toString(ThreadLocalRandom.current().nextLong(1L << 30), 36);
    manager = user("cl-manager-" + suffix, Groups.TEAM_MANAGERS);
    otherManager = user("cl-other-manager-" + suffix, Groups.TEAM_MANAGERS);
    workerA = user("cl-worker-a-" + suffix, Groups.PRACTITIONERS);
    workerB = user("cl-worker-b-" + suffix, Groups.PRACTITIONERS);
    team = teams.defineTeam("Caseload team " + suffix, manager, null).getId();
    teams.addMember(team, workerA);
    teams.addMember(team, workerB);
    teams.addMember(teams.defineTeam("Other team " + suffix, otherManager, null).getId(),
        user("cl-worker-c-" + suffix, Groups.PRACTITIONERS));

    ProcessInstance first = involvementFrom(contactAbout("Ada"), newCaseFor(workerA));
    withPlan = personOf(first);
    UUID plan = supportPlans.draft(withPlan, PlanType.CARE_AND_SUPPORT, Delivery.COUNCIL_ARRANGED,
        new BigDecimal("120.00"), workerA, Groups.PRACTITIONERS).getId();
    supportPlans.activate(plan, "teammanager");
    reviewCycles.startFor(plan);
    Task letsTalk1 = task("Task_HoldLetsTalk1", calledProcessInstance("lets-talk-1", first));
    letsTalk1.setDueDate(Date.from(java.time.Instant.now().minusSeconds(86_400)));
    taskService.saveTask(letsTalk1);

    ProcessInstance second = involvementFrom(contactAbout("Bea"), crisisFor(workerA));
    inCrisis = personOf(second);
    complete(workerA, calledProcessInstance("lets-talk-2", second), "Task_HoldLetsTalk2", letsTalk2(14));

    heldByB = personOf(involvementFrom(contactAbout("Cyd"), newCaseFor(workerB)));
  }

  @Test
  void aTeamManagerSeesEachCaseOfTheirTeamWithWhatIsUnderWayAndEachWorkersLoad() {
    Map<String, Object> caseload = read(manager, "/api/teams/" + team + "/caseload", 200);

    assertThat(workers(caseload)).extracting(w -> w.get("userId"), w -> w.get("openCases"))
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(workerA, 2),
            org.assertj.core.groups.Tuple.tuple(workerB, 1));
    Map<String, Object> ada = caseOf(caseload, withPlan);
    assertThat(ada).containsEntry("worker", workerA).containsEntry("plansInForce", List.of("Care and support plan"))
        .containsEntry("openTasks", 1).containsEntry("overdueTasks", 1).containsEntry("crisisPlanUnderWay", false);
    assertThat(ada.get("nextReview")).as("the plan's first review").isNotNull();
    assertThat(caseOf(caseload, inCrisis)).containsEntry("crisisPlanUnderWay", true)
        .containsEntry("stage", "Conversations").containsEntry("overdueTasks", 0);
    assertThat(caseOf(caseload, heldByB)).containsEntry("worker", workerB);

    assertThat(accessLog.findByPersonIdOrderByAccessedAtAsc(withPlan)).extracting(RecordAccess::getUserId,
        RecordAccess::getAction).contains(org.assertj.core.groups.Tuple.tuple(manager, "LISTED_IN_CASELOAD"));
  }

  @Test
  void theAllocationChoiceShowsWhatEachWorkerHolds() {
    assertThat(caseloads.choices(List.of(workerA, workerB))).containsExactly(
        Map.of("value", workerA, "label", "Worker " + workerA + ": 2 open cases, 1 task overdue"),
        Map.of("value", workerB, "label", "Worker " + workerB + ": 1 open case"));
  }

  @Test
  void aWorkerReadsTheirOwnCaseloadOnlyAndAManagerOnlyTheirOwnTeams() {
    Map<String, Object> own = read(workerA, "/api/workers/" + workerA + "/caseload", 200);
    assertThat(cases(own)).extracting(c -> c.get("personId"))
        .containsExactlyInAnyOrder(withPlan.toString(), inCrisis.toString());
    read(workerA, "/api/workers/" + workerB + "/caseload", 403);
    read(workerA, "/api/teams/" + team + "/caseload", 403);
    read(manager, "/api/workers/" + workerB + "/caseload", 200);
    read(otherManager, "/api/workers/" + workerB + "/caseload", 403);
    read(otherManager, "/api/teams/" + team + "/caseload", 403);
    read("servicemanager", "/api/teams/" + team + "/caseload", 200);
    read("servicemanager", "/api/teams/" + UUID.randomUUID() + "/caseload", 404);
    assertThat(http.withBasicAuth(manager, PASSWORD).getForEntity("/teams/" + team + "/caseload", String.class)
        .getBody()).contains("Care and support plan", "under way", "Worker " + workerA);
  }

  @Test
  void eachCaseShowsTheAlertsInForceOnEveryCaseloadPage() {
    post(manager, "/api/people/" + withPlan + "/alerts",
        Map.of("kind", "RISK_TO_STAFF", "detail", "Has threatened staff"), 201);
    Map<String, Object> lone = post(manager, "/api/people/" + withPlan + "/alerts",
        Map.of("kind", "LONE_WORKING", "detail", "Visit in pairs"), 201);
    post(manager, "/api/people/" + withPlan + "/alerts/" + lone.get("id") + "/end", Map.of("reason", "Moved"), 200);

    Map<String, Object> caseload = read(manager, "/api/teams/" + team + "/caseload", 200);
    assertThat(caseOf(caseload, withPlan)).containsEntry("alerts", List.of("Risk to staff"));
    assertThat(caseOf(caseload, heldByB)).containsEntry("alerts", List.of());
    for (String[] reader : new String[][] {{manager, "/teams/" + team + "/caseload"},
        {manager, "/workers/" + workerA + "/caseload"}, {workerA, "/caseload"}}) {
      assertThat(http.withBasicAuth(reader[0], PASSWORD).getForEntity(reader[1], String.class).getBody())
          .as(reader[1]).contains("Risk to staff").doesNotContain("Lone working");
    }
    assertThat(http.withBasicAuth(workerB, PASSWORD).getForEntity("/caseload", String.class).getBody())
        .doesNotContain("Risk to staff");
  }

  @Test
  void aRestrictedRecordIsCountedButNotNamedToAManagerItIsNotOpenTo() {
    post(manager, "/api/people/" + heldByB + "/alerts", Map.of("kind", "RISK_TO_STAFF", "detail", "Works here"), 201);
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    assertThat(http.withBasicAuth("teammanager2", PASSWORD).exchange("/api/people/" + heldByB + "/restriction",
        HttpMethod.PUT, new HttpEntity<>(Map.of("reason", "Works here", "groups", List.of(Groups.SAFEGUARDING)),
            headers), JSON).getStatusCode().value()).isEqualTo(200);

    List<Map<String, Object>> cases = cases(read(manager, "/api/teams/" + team + "/caseload", 200));

    assertThat(cases).hasSize(3).extracting(c -> c.get("personId")).doesNotContain(heldByB.toString());
    assertThat(cases).filteredOn(c -> c.get("personId") == null).singleElement()
        .satisfies(c -> assertThat(c).containsEntry("worker", workerB)
            .containsEntry("name", "(a person whose record you do not read)").containsEntry("alerts", List.of()));
    assertThat(accessLog.findByPersonIdOrderByAccessedAtAsc(heldByB)).extracting(RecordAccess::getUserId,
        RecordAccess::getAction).contains(org.assertj.core.groups.Tuple.tuple(manager, "REFUSED_LISTED_IN_CASELOAD"));
  }

  private String user(String id, String group) {
    org.camunda.bpm.engine.identity.User user = identity.newUser(id);
    user.setFirstName("Worker");
    user.setLastName(id);
    user.setPassword(PASSWORD);
    identity.saveUser(user);
    identity.createMembership(id, group);
    return id;
  }

  private Map<String, Object> read(String user, String path, int status) {
    ResponseEntity<Map<String, Object>> answer = http.withBasicAuth(user, PASSWORD)
        .exchange(path, HttpMethod.GET, null, JSON);
    assertThat(answer.getStatusCode().value()).as(user + " reads " + path + ": " + answer.getBody()).isEqualTo(status);
    return answer.getBody();
  }

  private Map<String, Object> post(String user, String path, Map<String, Object> body, int status) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<Map<String, Object>> answer = http.withBasicAuth(user, PASSWORD)
        .exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JSON);
    assertThat(answer.getStatusCode().value()).as(user + " posts " + path + ": " + answer.getBody()).isEqualTo(status);
    return answer.getBody();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> workers(Map<String, Object> caseload) {
    return (List<Map<String, Object>>) caseload.get("workers");
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> cases(Map<String, Object> caseload) {
    return (List<Map<String, Object>>) caseload.get("cases");
  }

  private static Map<String, Object> caseOf(Map<String, Object> caseload, UUID personId) {
    return cases(caseload).stream().filter(c -> personId.toString().equals(c.get("personId"))).findFirst()
        .orElseThrow(() -> new AssertionError(personId + " is not in " + caseload));
  }
}
