package org.letstalk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.catalina.Container;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.apache.catalina.Context;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.letstalk.PostgresTest;
import org.letstalk.identity.Groups;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Sign-in everywhere, CSRF protection of the webapps, session time-out, and passwords kept out of the logs. */
@PostgresTest
@ExtendWith(OutputCaptureExtension.class)
class WebSecurityTest {

  @Autowired
  TestRestTemplate http;

  @Autowired
  ServerProperties server;

  @Autowired
  IdentityService identity;

  @Autowired
  RuntimeService runtime;

  @Autowired
  TaskService taskService;

  @Autowired
  ServletWebServerApplicationContext context;

  @LocalServerPort
  int port;

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
      "GET,  /engine-rest/task",
      "GET,  /engine-rest/history/task",
      "GET,  /engine-rest/history/variable-instance",
      "POST, /engine-rest/process-definition/key/new-contact/start",
      "GET,  /api/people",
      "GET,  /api/people/00000000-0000-0000-0000-000000000001",
      "GET,  /api/teams",
      "GET,  /api/access-log",
      "POST, /api/contacts",
      "POST, /api/safeguarding-concerns",
      "POST, /api/conversations/00000000-0000-0000-0000-000000000001/safeguarding-concerns",
      "POST, /api/reviews/requests",
      "POST, /api/carers/conversations",
      "POST, /api/teams",
      "POST, /api/people/00000000-0000-0000-0000-000000000001/transfer",
      "GET,  /people",
      "GET,  /people/00000000-0000-0000-0000-000000000001",
      "POST, /people/00000000-0000-0000-0000-000000000001/notes",
      "POST, /people/00000000-0000-0000-0000-000000000001/details",
      "POST, /people/00000000-0000-0000-0000-000000000001/transfer",
      "GET,  /camunda/api/engine/engine/default/task",
      "GET,  /camunda/api/engine/engine/default/process-definition",
      "GET,  /camunda/api/cockpit/plugin/base/default/process-definition/statistics"})
  void nothingAnswersWithoutASignIn(String method, String path) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    HttpEntity<String> body = new HttpEntity<>("{}", headers);

    ResponseEntity<String> anonymous = http.exchange(path, HttpMethod.valueOf(method), body, String.class);
    String someone = SecurityFixtures.whoseSignInMayFail(identity, "web-security-wrong-password", Groups.PRACTITIONERS);
    ResponseEntity<String> wrongPassword = http.withBasicAuth(someone, "not-the-password")
        .exchange(path, HttpMethod.valueOf(method), body, String.class);

    // A form post to a page is refused for its missing form token before anyone is asked to sign in.
    List<Integer> refused = path.startsWith("/people/") && method.equals("POST") ? List.of(403) : List.of(401);
    assertThat(anonymous.getStatusCode().value()).as("without sign-in").isIn(refused);
    if (!path.startsWith("/camunda/")) {
      assertThat(wrongPassword.getStatusCode().value()).as("with a wrong password").isIn(refused);
    }
  }

  @Test
  void theWebappsRefuseAChangeWithoutTheCsrfTokenOfTheSession() throws Exception {
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    browser.send(get("/camunda/app/tasklist/default/"), HttpResponse.BodyHandlers.discarding());
    String token = xsrfCookie(browser);
    assertThat(token).as("the webapps hand the browser a CSRF token").isNotNull();
    String login = "username=practitioner&password=demo";

    assertThat(browser.send(post("/camunda/api/admin/auth/user/default/login/tasklist", login, null,
        "application/x-www-form-urlencoded"), HttpResponse.BodyHandlers.discarding()).statusCode())
        .as("a login without the token").isEqualTo(403);
    browser.send(get("/camunda/app/tasklist/default/"), HttpResponse.BodyHandlers.discarding());
    token = xsrfCookie(browser);
    HttpResponse<String> signedIn = browser.send(post("/camunda/api/admin/auth/user/default/login/tasklist", login,
        token, "application/x-www-form-urlencoded"), HttpResponse.BodyHandlers.ofString());
    assertThat(signedIn.statusCode()).as("a login with it " + signedIn.headers().map() + signedIn.body()
        + ((CookieManager) browser.cookieHandler().orElseThrow()).getCookieStore().getCookies()).isEqualTo(200);
    token = xsrfCookie(browser);

    String claim = "/camunda/api/engine/engine/default/task/" + UUID.randomUUID() + "/claim";
    HttpResponse<String> withoutToken = browser.send(post(claim, "{\"userId\":\"practitioner\"}", null,
        "application/json"), HttpResponse.BodyHandlers.ofString());
    assertThat(withoutToken.statusCode()).as("a signed-in change without the token").isEqualTo(403);
    assertThat(withoutToken.headers().firstValue("X-XSRF-TOKEN")).contains("Required");
    assertThat(browser.send(post(claim, "{\"userId\":\"practitioner\"}", token, "application/json"),
        HttpResponse.BodyHandlers.discarding()).statusCode())
        .as("the same change with it gets past the filter to the engine, which knows no such task").isNotEqualTo(403);
  }

  @Test
  void sessionsEndAfterThirtyMinutesWithoutUse() {
    assertThat(server.getServlet().getSession().getTimeout()).isEqualTo(Duration.ofMinutes(30));
    TomcatWebServer tomcat = (TomcatWebServer) context.getWebServer();
    for (Container child : tomcat.getTomcat().getHost().findChildren()) {
      assertThat(((Context) child).getSessionTimeout()).as("minutes, in the running server").isEqualTo(30);
    }
  }

  @Test
  void passwordsNeverReachTheLogEvenAtDebug(CapturedOutput output) throws Exception {
    String userId = "sec-log-" + UUID.randomUUID().toString().substring(0, 8);
    String password = "Pw-" + UUID.randomUUID();
    LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
    List<String> loggers = List.of("org.letstalk", "org.camunda", "org.springframework.web", "org.apache.catalina",
        "org.apache.tomcat");
    loggers.forEach(logger -> logging.setLogLevel(logger, LogLevel.DEBUG));
    try {
      User user = identity.newUser(userId);
      user.setFirstName("Log");
      user.setLastName("Test");
      user.setPassword(password);
      identity.saveUser(user);
      identity.createMembership(userId, Groups.PRACTITIONERS);
      assertThat(http.withBasicAuth(userId, password).getForEntity("/engine-rest/task", String.class)
          .getStatusCode().value()).isEqualTo(200);
      assertThat(http.withBasicAuth(userId, password).getForEntity("/api/people/" + UUID.randomUUID(), String.class)
          .getStatusCode().value()).as("signed in, and no such person").isEqualTo(404);
      assertThat(http.withBasicAuth(userId, password + "x").getForEntity("/api/people", String.class)
          .getStatusCode().value()).isEqualTo(401);
      HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
      browser.send(get("/camunda/app/tasklist/default/"), HttpResponse.BodyHandlers.discarding());
      browser.send(post("/camunda/api/admin/auth/user/default/login/tasklist",
          "username=" + userId + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8),
          xsrfCookie(browser), "application/x-www-form-urlencoded"), HttpResponse.BodyHandlers.discarding());
    } finally {
      loggers.forEach(logger -> logging.setLogLevel(logger, null));
    }

    String basic = Base64.getEncoder().encodeToString((userId + ":" + password).getBytes(StandardCharsets.UTF_8));
    assertThat(output.getAll()).as("the debug log of those requests was captured").contains(userId)
        .doesNotContain(password).doesNotContain(basic);
  }

  private HttpRequest get(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build();
  }

  private HttpRequest post(String path, String body, String xsrfToken, String contentType) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
    if (xsrfToken != null) {
      request.header("X-XSRF-TOKEN", xsrfToken);
    }
    return request.build();
  }

  private static String xsrfCookie(HttpClient browser) {
    CookieManager cookies = (CookieManager) browser.cookieHandler().orElseThrow();
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).reduce((first, last) -> last).orElse(null);
  }

  @Test
  void theFirstRunPageIsClosedUnlessTheOperatorAcceptedIt() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> setup = http.exchange("/camunda/api/admin/setup/default/user/create", HttpMethod.POST,
        new HttpEntity<>(Map.of("profile", Map.of("id", "intruder"), "credentials", Map.of("password", "x")), headers),
        String.class);

    assertThat(setup.getStatusCode().value()).isEqualTo(403);
    assertThat(setup.getBody()).contains("set up by the deployment");
    assertThat(identity.createUserQuery().userId("intruder").count()).isZero();
  }

  @Test
  void tasklistsOwnApiAnswersALostRaceWith409() throws Exception {
    String instance = runtime.createProcessInstanceByKey("lets-talk-1").businessKey("race-" + UUID.randomUUID())
        .startBeforeActivity("Task_HoldLetsTalk1")
        .setVariables(Map.of("personName", "Rae Race", "conversationTeam", Groups.PRACTITIONERS))
        .setVariable("conversationAssignee", null).execute().getId();
    String task = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
    taskService.claim(task, "practitioner2");
    // A user of its own: other tests sign in with wrong passwords, which makes the webapps delay the next sign-in.
    String loser = SecurityFixtures.ensure(identity, "race-" + UUID.randomUUID().toString().substring(0, 8),
        List.of(Groups.PRACTITIONERS));
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    browser.send(get("/camunda/app/tasklist/default/"), HttpResponse.BodyHandlers.discarding());
    browser.send(get("/camunda/app/tasklist/default/"), HttpResponse.BodyHandlers.discarding());
    HttpResponse<String> signedIn = browser.send(post("/camunda/api/admin/auth/user/default/login/tasklist",
        "username=" + loser + "&password=" + SecurityFixtures.PASSWORD, xsrfCookie(browser),
        "application/x-www-form-urlencoded"), HttpResponse.BodyHandlers.ofString());
    assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(200);
    browser.send(get("/camunda/app/tasklist/default/"), HttpResponse.BodyHandlers.discarding());

    HttpResponse<String> claimed = browser.send(post("/camunda/api/engine/engine/default/task/" + task + "/claim",
        "{\"userId\":\"" + loser + "\"}", xsrfCookie(browser), "application/json"), HttpResponse.BodyHandlers.ofString());

    assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(409);
    assertThat(claimed.body()).contains("already claimed");
    assertThat(taskService.createTaskQuery().taskId(task).singleResult().getAssignee()).isEqualTo("practitioner2");
    runtime.deleteProcessInstance(instance, "test done", true, true);
  }
}
