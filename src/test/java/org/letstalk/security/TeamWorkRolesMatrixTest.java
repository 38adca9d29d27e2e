package org.letstalk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.letstalk.PostgresTest;
import org.letstalk.identity.Groups;
import org.letstalk.team.Team;
import org.letstalk.team.Teams;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Being in a team says whose work a task is, not who may do it. A member of a team who holds each role in turn tries
 * to claim and complete a conversation waiting in the team's queue, and a member who deputises in the team's
 * managers' queue tries a manager's decision waiting there: only the roles that do that work may, through the engine
 * REST API and Tasklist's own API alike; everyone else is refused (403) and the task stays as it was.
 */
@PostgresTest
class TeamWorkRolesMatrixTest {

  static final String BUSINESS_KEY = "roles-matrix-";

  @Autowired
  TestRestTemplate http;

  @Autowired
  RuntimeService runtime;

  @Autowired
  TaskService tasks;

  @Autowired
  IdentityService identity;

  @Autowired
  Teams teams;

  @LocalServerPort
  int port;

  @TestFactory
  Stream<DynamicTest> onlyTheRolesThatDoATeamsWorkClaimAndCompleteItFromTheTeamsQueue() {
    Team team = teams.defineTeam("Roles matrix " + UUID.randomUUID().toString().substring(0, 8), "teammanager", null);
    List<DynamicTest> checks = new ArrayList<>();
    for (String role : Groups.ALL) {
      checks.add(dynamicTest(role + ", team work", () -> {
        String member = member(team, role, false);
        tryTask(member, team.getGroupId(), Groups.TEAM_WORK.contains(role));
      }));
      checks.add(dynamicTest(role + ", managers' work", () -> {
        String deputy = member(team, role, true);
        tryTask(deputy, team.getManagersGroupId(), Groups.MANAGING.contains(role));
      }));
    }
    return checks.stream();
  }

  @Test
  void tasklistRefusesTheTeamsWorkToAMemberWithoutTheRoleAndGivesItToOneWithIt() throws Exception {
    Team team = teams.defineTeam("Roles tasklist " + UUID.randomUUID().toString().substring(0, 8), "teammanager",
        null);
    String support = member(team, Groups.FINANCE, false);
    String practitioner = member(team, Groups.PRACTITIONERS, false);
    String task = taskIn(team.getGroupId());
    HttpClient supportSession = signedIn(support);
    HttpResponse<String> claim = send(supportSession, "POST", "/task/" + task + "/claim",
        "{\"userId\":\"" + support + "\"}");
    assertThat(claim.statusCode()).as("claimed by a member without the role").isEqualTo(403);
    assertThat(claim.body()).as("refused by the engine").contains("may not take up this task");
    HttpResponse<String> complete = send(supportSession, "POST", "/task/" + task + "/complete", "{}");
    assertThat(complete.statusCode()).as("completed by a member without the role").isEqualTo(403);
    assertThat(complete.body()).as("refused by the engine").contains("may not take up this task");
    assertThat(tasks.createTaskQuery().taskId(task).singleResult().getAssignee()).isNull();
    HttpResponse<String> claimed = send(signedIn(practitioner), "POST", "/task/" + task + "/claim",
        "{\"userId\":\"" + practitioner + "\"}");
    assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(204);
    assertThat(tasks.createTaskQuery().taskId(task).singleResult().getAssignee()).isEqualTo(practitioner);
  }

  private void tryTask(String user, String queue, boolean allowed) {
    String task = taskIn(queue);
    int claimed = post(user, "/engine-rest/task/" + task + "/claim", Map.of("userId", user)).getStatusCode().value();
    if (!allowed) {
      assertThat(claimed).as(user + " claims").isEqualTo(403);
      assertThat(post(user, "/engine-rest/task/" + task + "/complete", Map.of()).getStatusCode().value())
          .as(user + " completes").isEqualTo(403);
      assertThat(tasks.createTaskQuery().taskId(task).singleResult()).as("still open").isNotNull()
          .satisfies(open -> assertThat(open.getAssignee()).isNull());
    } else {
      assertThat(claimed).as(user + " claims").isEqualTo(204);
      ResponseEntity<String> completed = post(user, "/engine-rest/task/" + task + "/complete", Map.of());
      // Without the form the completion stops at validation, never at authorization.
      assertThat(completed.getStatusCode().value()).as(user + " completes: " + completed.getBody())
          .isNotIn(401, 403, 404);
    }
    runtime.createProcessInstanceQuery().processInstanceBusinessKey(BUSINESS_KEY + queue).list().forEach(
        instance -> runtime.deleteProcessInstance(instance.getId(), "roles matrix done", true, true));
  }

  /** A member of the team in this one role, who deputises in its managers' queue or not. */
  private String member(Team team, String role, boolean manages) {
    String user = SecurityFixtures.ensure(identity, "roles-" + role + (manages ? "-deputy-" : "-") + team.getGroupId()
        .substring(team.getGroupId().length() - 8), List.of(role));
    teams.addMember(team.getId(), user, manages);
    return user;
  }

  /** A Let's Talk 1 conversation waiting, unclaimed, in this queue and no other. */
  private String taskIn(String queue) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("personName", "Roles Matrix");
    variables.put("conversationTeam", queue);
    variables.put("conversationAssignee", null);
    String instance = runtime.createProcessInstanceByKey("lets-talk-1").businessKey(BUSINESS_KEY + queue)
        .startBeforeActivity("Task_HoldLetsTalk1").setVariables(variables).execute().getId();
    String task = tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
    assertThat(tasks.getIdentityLinksForTask(task)).filteredOn(link -> link.getGroupId() != null)
        .extracting(link -> link.getGroupId()).containsExactly(queue);
    return task;
  }

  private ResponseEntity<String> post(String user, String path, Map<String, Object> body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, SecurityFixtures.PASSWORD)
        .exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }

  private HttpClient signedIn(String user) throws Exception {
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    browser.send(request("/camunda/app/tasklist/default/").GET().build(), HttpResponse.BodyHandlers.discarding());
    HttpResponse<String> signedIn = browser.send(request("/camunda/api/admin/auth/user/default/login/tasklist")
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", xsrf(browser))
        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + SecurityFixtures.PASSWORD))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(200);
    // Signing in starts a new session; the page gives it its own token against cross-site requests.
    browser.send(request("/camunda/app/tasklist/default/").GET().build(), HttpResponse.BodyHandlers.discarding());
    return browser;
  }

  private HttpResponse<String> send(HttpClient browser, String method, String path, String json) throws Exception {
    return browser.send(request("/camunda/api/engine/engine/default" + path).header("Content-Type", "application/json")
        .header("X-XSRF-TOKEN", xsrf(browser)).method(method, HttpRequest.BodyPublishers.ofString(json)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "application/json");
  }

  private static String xsrf(HttpClient browser) {
    return ((CookieManager) browser.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).reduce((a, b) -> b).orElse("");
  }
}
