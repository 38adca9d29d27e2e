package org.letstalk.involvement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.letstalk.conversation.ConversationFixtures.contactAbout;
import static org.letstalk.conversation.ConversationFixtures.crisisFor;
import static org.letstalk.conversation.ConversationFixtures.letsTalk2;
import static org.letstalk.conversation.ConversationFixtures.newCaseFor;

import java.math.BigDecimal;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.letstalk.PostgresTest;
import org.letstalk.ProcessTestSupport;
import org.letstalk.identity.Groups;
import org.letstalk.involvement.flow.CaseTransfers;
import org.letstalk.involvement.flow.CaseTransfers.Transfer;
import org.letstalk.plan.Delivery;
import org.letstalk.plan.PlanType;
import org.letstalk.plan.SupportPlan;
import org.letstalk.plan.SupportPlanRepository;
import org.letstalk.plan.SupportPlans;
import org.letstalk.review.flow.StartReviewCycle;
import org.letstalk.team.Team;
import org.letstalk.team.Teams;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A team manager transfers a case: the open tasks, the reviews still to come and the records move together, in one
 * transaction on PostgreSQL, and a failure part-way leaves everything as it was.
 */
@PostgresTest
class CaseTransferTest extends ProcessTestSupport {

  static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
  };

  @Autowired
  TestRestTemplate http;

  @Autowired
  Teams teams;

  @Autowired
  Involvements involvements;

  @Autowired
  CaseTransfers transfers;

  @Autowired
  SupportPlans plans;

  @Autowired
  SupportPlanRepository planRows;

  @Autowired
  StartReviewCycle reviewCycles;

  @Autowired
  JdbcTemplate jdbc;

  @LocalServerPort
  int port;

  static final String TASKLIST = "/camunda/api/engine/engine/default";

  /** A case of team A's worker, with a Let's Talk 1 open and a plan in force whose reviews are scheduled. */
  record Case(UUID person, ProcessInstance letsTalk1, ProcessInstance reviews, SupportPlan plan, Team a, String workerA,
      Team b, String workerB) {
  }

  @Test
  void aTransferMovesTheOpenTasksTheReviewsToComeAndTheRecordsAndTellsWhoeverListens() {
    Case c = aCase();
    ResponseEntity<Map<String, Object>> refused = post("practitioner", c.person(), body(c, "Moving house"));
    assertThat(refused.getStatusCode().value()).as("only team managers transfer").isEqualTo(403);
    ResponseEntity<Map<String, Object>> bad = post("teammanager", c.person(), Map.of("toTeamId",
        UUID.randomUUID().toString(), "toWorker", "nobody-at-all"));
    assertThat(bad.getStatusCode().value()).isEqualTo(400);
    assertThat(String.valueOf(bad.getBody())).contains("reason");
    assertThat(involvements.openFor(c.person()).orElseThrow().getAllocatedWorker()).isEqualTo(c.workerA());
    int heard = HeardCaseEvents.TRANSFERS.size();

    ResponseEntity<Map<String, Object>> done = post("teammanager", c.person(), body(c, "Moved to the south"));

    assertThat(done.getStatusCode().value()).as(String.valueOf(done.getBody())).isEqualTo(200);
    assertThat(done.getBody()).containsEntry("toWorker", c.workerB()).containsEntry("fromWorker", c.workerA())
        .containsEntry("transferredBy", "teammanager");
    Task conversation = task("Task_HoldLetsTalk1", c.letsTalk1());
    assertThat(conversation.getAssignee()).isEqualTo(c.workerB());
    assertThat(groups(conversation)).contains(c.b().getGroupId()).doesNotContain(c.a().getGroupId());
    assertThat(runtime.getVariable(c.reviews().getId(), "team")).as("the reviews to come").isEqualTo(c.b().getGroupId());
    assertThat(runtime.getVariable(c.reviews().getId(), "allocatedWorker")).isEqualTo(c.workerB());
    assertThat(runtime.getVariable(c.letsTalk1().getId(), "conversationAssignee")).isEqualTo(c.workerB());
    SupportPlan plan = planRows.findById(c.plan().getId()).orElseThrow();
    assertThat(plan.getTeam()).isEqualTo(c.b().getGroupId());
    assertThat(plan.getAllocatedWorker()).isEqualTo(c.workerB());
    Involvement moved = involvements.openFor(c.person()).orElseThrow();
    assertThat(moved.getAllocatedTeamId()).isEqualTo(c.b().getId());
    assertThat(moved.getAllocatedWorker()).isEqualTo(c.workerB());
    assertThat(as(c.workerB(), () -> taskService.createTaskQuery().taskId(conversation.getId()).count()))
        .as("the new worker has it").isEqualTo(1);
    assertThat(HeardCaseEvents.TRANSFERS.subList(heard, HeardCaseEvents.TRANSFERS.size())).singleElement()
        .satisfies(event -> assertThat(event.toWorker()).isEqualTo(c.workerB()));
    ResponseEntity<Map<String, Object>> chronology = http.withBasicAuth("teammanager", "demo").exchange(
        "/api/people/" + c.person() + "/chronology", HttpMethod.GET, null, JSON);
    assertThat(String.valueOf(chronology.getBody())).contains("Case transferred to").contains("Moved to the south");
  }

  @Test
  void aFailurePartWayLeavesTheEngineAndTheRecordsAsTheyWere() {
    Case c = aCase();
    // Too long for the record of the transfer, which is written last: everything before it has moved by then.
    String tooLong = "x".repeat(1001);

    assertThatThrownBy(() -> transfers.transfer(c.person(), new Transfer(c.b().getId(), c.workerB(), tooLong),
        "teammanager")).isNotNull();

    Task conversation = task("Task_HoldLetsTalk1", c.letsTalk1());
    assertThat(conversation.getAssignee()).isEqualTo(c.workerA());
    assertThat(groups(conversation)).contains(c.a().getGroupId()).doesNotContain(c.b().getGroupId());
    assertThat(runtime.getVariable(c.reviews().getId(), "team")).isEqualTo(c.a().getGroupId());
    assertThat(runtime.getVariable(c.reviews().getId(), "allocatedWorker")).isEqualTo(c.workerA());
    assertThat(planRows.findById(c.plan().getId()).orElseThrow().getTeam()).isEqualTo(c.a().getGroupId());
    Involvement unchanged = involvements.openFor(c.person()).orElseThrow();
    assertThat(unchanged.getAllocatedTeamId()).isEqualTo(c.a().getId());
    assertThat(unchanged.getAllocatedWorker()).isEqualTo(c.workerA());
    assertThat(jdbc.queryForObject("select count(*) from case_transfer where person_id = ?", Long.class, c.person()))
        .isZero();
    assertThat(as(c.workerA(), () -> taskService.createTaskQuery().taskId(conversation.getId()).count()))
        .as("the old worker keeps the task").isEqualTo(1);
    assertThat(as(c.workerB(), () -> taskService.createTaskQuery().taskId(conversation.getId()).count()))
        .as("the new worker has not got it").isZero();
  }

  @Test
  void theOldWorkerAndTheOldTeamLoseTheCaseWorkAndTheNewOnesHaveIt() throws Exception {
    Case c = aCase();
    String teammateA = user("teammate-a-" + UUID.randomUUID().toString().substring(0, 8));
    String teammateB = user("teammate-b-" + UUID.randomUUID().toString().substring(0, 8));
    teams.addMember(c.a().getId(), teammateA);
    teams.addMember(c.b().getId(), teammateB);
    String task = task("Task_HoldLetsTalk1", c.letsTalk1()).getId();
    for (String user : List.of(c.workerA(), teammateA)) {
      assertThat(engineRest(user, HttpMethod.GET, "/task?processInstanceId=" + c.letsTalk1().getId()).getBody())
          .as(user + " sees the task before the transfer").contains(task);
      assertThat(tasklist(user).send("GET", "/task/" + task, null).statusCode()).isEqualTo(200);
    }

    assertThat(jdbc.queryForObject("select count(*) from act_ru_authorization where resource_type_ = 7"
        + " and resource_id_ = ? and (user_id_ = ? or group_id_ = ?)", Long.class, task, c.workerA(),
        c.a().getGroupId())).as("the engine granted the old worker and team the task").isEqualTo(2);

    ResponseEntity<Map<String, Object>> done = post("teammanager", c.person(), body(c, "Moved to the south"));
    assertThat(done.getStatusCode().value()).as(String.valueOf(done.getBody())).isEqualTo(200);

    assertThat(jdbc.queryForObject("select count(*) from act_ru_authorization where resource_type_ = 7"
        + " and resource_id_ = ? and (user_id_ = ? or group_id_ = ?)", Long.class, task, c.workerA(),
        c.a().getGroupId())).as("the old holders' grants on the task: " + jdbc.queryForList(
            "select * from act_ru_authorization where resource_id_ = ?", task)).isZero();
    for (String user : List.of(c.workerA(), teammateA)) {
      assertThat(engineRest(user, HttpMethod.GET, "/task?processInstanceId=" + c.letsTalk1().getId()).getBody())
          .as(user + " lists").doesNotContain(task);
      assertThat(engineRest(user, HttpMethod.GET, "/task/" + task).getStatusCode().value()).as(user + " gets")
          .isIn(403, 404);
      assertThat(engineRest(user, HttpMethod.POST, "/task/" + task + "/claim").getStatusCode().value())
          .as(user + " claims").isIn(403, 404);
      assertThat(engineRest(user, HttpMethod.POST, "/task/" + task + "/complete").getStatusCode().value())
          .as(user + " completes").isIn(403, 404);
      Tasklist tasklist = tasklist(user);
      assertThat(tasklist.send("GET", "/task?processInstanceId=" + c.letsTalk1().getId(), null).body())
          .as(user + " lists in Tasklist").doesNotContain(task);
      assertThat(tasklist.send("GET", "/task/" + task, null).statusCode()).as(user + " gets in Tasklist")
          .isIn(403, 404);
      assertThat(tasklist.send("POST", "/task/" + task + "/claim", "{\"userId\":\"" + user + "\"}").statusCode())
          .as(user + " claims in Tasklist").isIn(403, 404);
      assertThat(tasklist.send("POST", "/task/" + task + "/complete", "{}").statusCode())
          .as(user + " completes in Tasklist").isIn(403, 404);
    }
    assertThat(taskService.createTaskQuery().taskId(task).singleResult().getAssignee()).isEqualTo(c.workerB());

    assertThat(engineRest(teammateB, HttpMethod.GET, "/task?processInstanceId=" + c.letsTalk1().getId()).getBody())
        .as("the new team sees it").contains(task);
    assertThat(tasklist(c.workerB()).send("GET", "/task/" + task, null).statusCode()).isEqualTo(200);
    assertThat(tasklist(c.workerB()).send("POST", "/task/" + task + "/unclaim", "{}").statusCode())
        .as("the new worker hands it back in Tasklist").isEqualTo(204);
    assertThat(engineRest(teammateB, HttpMethod.POST, "/task/" + task + "/claim", teammateB).getStatusCode().value())
        .as("and the new team claims it").isEqualTo(204);
    assertThat(engineRest(teammateA, HttpMethod.POST, "/task/" + task + "/claim", teammateA).getStatusCode().value())
        .as("the old team still cannot").isIn(403, 404);
  }

  /**
   * A case in crisis moves whole: the open check-in and the crisis plan under way go to the new worker and team, and
   * the check-ins the plan's timers bring later, and the chase of a missed one, come to them, not to the old ones.
   */
  @Test
  void aCrisisPlansCheckInsOpenAndStillToComeMoveWithTheCase() {
    Date monday = Date.from(LocalDateTime.of(2026, 11, 30, 9, 30).atZone(ZoneId.of("Europe/London")).toInstant());
    ClockUtil.setCurrentTime(monday);
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String workerA = user("crisis-a-" + tag);
    String workerB = user("crisis-b-" + tag);
    Team a = teams.defineTeam("Crisis A " + tag, "teammanager", null);
    Team b = teams.defineTeam("Crisis B " + tag, "teammanager2", null);
    teams.addMember(a.getId(), workerA);
    teams.addMember(b.getId(), workerB);
    ProcessInstance involvement = involvementFrom(contactAbout("Carys"), crisisFor(workerA));
    ProcessInstance letsTalk2 = calledProcessInstance("lets-talk-2", involvement);
    complete(workerA, letsTalk2, "Task_HoldLetsTalk2", letsTalk2(21));
    advanceTimeAndRunDueJobs(Date.from(monday.toInstant().plus(Duration.ofDays(2).plusMinutes(1))), involvement);
    Task openCheckIn = task("Task_CheckIn", letsTalk2);
    assertThat(openCheckIn.getAssignee()).isEqualTo(workerA);
    assertThat(groups(openCheckIn)).containsExactly(a.getGroupId());
    UUID person = UUID.fromString(involvement.getBusinessKey());

    transfers.transfer(person, new Transfer(b.getId(), workerB, "Moved to the other side of town"), "teammanager");

    Task movedCheckIn = taskService.createTaskQuery().taskId(openCheckIn.getId()).singleResult();
    assertThat(movedCheckIn.getAssignee()).as("the open check-in").isEqualTo(workerB);
    assertThat(groups(movedCheckIn)).containsExactly(b.getGroupId());
    Task underWay = task("Task_CrisisPlanUnderWay", letsTalk2);
    assertThat(underWay.getAssignee()).isEqualTo(workerB);
    assertThat(groups(underWay)).containsExactly(b.getGroupId());
    complete(workerB, letsTalk2, "Task_CheckIn", Map.of("checkInNotes", "Settled in", "planWorking", true));

    advanceTimeAndRunDueJobs(Date.from(monday.toInstant().plus(Duration.ofDays(4).plusMinutes(2))), involvement);
    Task next = task("Task_CheckIn", letsTalk2);
    assertThat(next).as("the next check-in, from the plan's timer").isNotNull();
    assertThat(next.getAssignee()).isEqualTo(workerB);
    assertThat(groups(next)).containsExactly(b.getGroupId());

    advanceTimeAndRunDueJobs(Date.from(monday.toInstant().plus(Duration.ofDays(5).plusMinutes(3))), involvement);
    assertThat(groups(task("Task_ChaseCheckIn", letsTalk2))).as("a missed one is chased by the new team's managers")
        .containsExactly(b.getManagersGroupId());
  }

  private ResponseEntity<String> engineRest(String user, HttpMethod method, String path) {
    return engineRest(user, method, path, user);
  }

  private ResponseEntity<String> engineRest(String user, HttpMethod method, String path, String claimant) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    Object body = path.endsWith("/claim") ? Map.of("userId", claimant) : Map.of();
    return http.withBasicAuth(user, "demo").exchange("/engine-rest" + path, method,
        method == HttpMethod.GET ? null : new HttpEntity<>(body, headers), String.class);
  }

  /** A user signed in to Tasklist, calling its own engine API. */
  interface Tasklist {
    HttpResponse<String> send(String method, String path, String json) throws Exception;
  }

  private Tasklist tasklist(String user) throws Exception {
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    browser.send(request("/camunda/app/tasklist/default/").GET().build(), HttpResponse.BodyHandlers.discarding());
    HttpResponse<String> signedIn = browser.send(request("/camunda/api/admin/auth/user/default/login/tasklist")
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", xsrf(browser))
        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=demo")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(200);
    // Signing in starts a new session; the page gives it its own token against cross-site requests.
    browser.send(request("/camunda/app/tasklist/default/").GET().build(), HttpResponse.BodyHandlers.discarding());
    return (method, path, json) -> browser.send(request(TASKLIST + path).header("Content-Type", "application/json")
        .header("X-XSRF-TOKEN", xsrf(browser)).method(method, json == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "application/json");
  }

  private static String xsrf(HttpClient browser) {
    return ((CookieManager) browser.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).reduce((a, b) -> b).orElse("");
  }

  private Case aCase() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String workerA = user("worker-a-" + tag);
    String workerB = user("worker-b-" + tag);
    Team a = teams.defineTeam("Transfer A " + tag, "teammanager", null);
    Team b = teams.defineTeam("Transfer B " + tag, "teammanager2", null);
    teams.addMember(a.getId(), workerA);
    teams.addMember(b.getId(), workerB);
    ProcessInstance involvement = involvementFrom(contactAbout("Tia"), newCaseFor(workerA));
    ProcessInstance letsTalk1 = calledProcessInstance("lets-talk-1", involvement);
    UUID person = UUID.fromString(involvement.getBusinessKey());
    SupportPlan drafted = plans.draft(person, PlanType.CARE_AND_SUPPORT, Delivery.COUNCIL_ARRANGED,
        new BigDecimal("80.00"), workerA, a.getGroupId());
    plans.activate(drafted.getId(), "teammanager");
    reviewCycles.startFor(drafted.getId());
    ProcessInstance reviews = runtime.createProcessInstanceQuery().processDefinitionKey("review-cycle")
        .variableValueEquals("personId", person.toString()).singleResult();
    assertThat(reviews).isNotNull();
    assertThat(involvements.openFor(person).orElseThrow().getAllocatedTeamId()).isEqualTo(a.getId());
    return new Case(person, letsTalk1, reviews, drafted, a, workerA, b, workerB);
  }

  private Map<String, Object> body(Case c, String reason) {
    return Map.of("toTeamId", c.b().getId().toString(), "toWorker", c.workerB(), "reason", reason);
  }

  private ResponseEntity<Map<String, Object>> post(String user, UUID person, Map<String, Object> body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, "demo").exchange("/api/people/" + person + "/transfer", HttpMethod.POST,
        new HttpEntity<>(body, headers), JSON);
  }

  private List<String> groups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
        .filter(group -> group != null).toList();
  }

  private String user(String id) {
    User user = identity.newUser(id);
    user.setFirstName("Test");
    user.setLastName(id);
    user.setPassword("demo");
    identity.saveUser(user);
    identity.createMembership(id, Groups.PRACTITIONERS);
    return id;
  }
}
