package org.letstalk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.letstalk.PostgresTest;
import org.letstalk.ProcessTestSupport;
import org.letstalk.identity.Groups;
import org.letstalk.person.Person;
import org.letstalk.person.PersonDetails;
import org.letstalk.person.PersonRepository;
import org.letstalk.record.RecordAccess;
import org.letstalk.record.RecordAccessRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every route of the engine's API that can show a person's case, tried by a user of each group and by the engine
 * administrator: each is, per group, a read that shows the person and is in their access log, refused (403), or shows
 * the person nothing. A route that showed the person without a log entry fails here; so does a root of the engine
 * REST API (after an upgrade, say) that nobody has placed in this matrix or said why it shows nobody.
 */
@PostgresTest
class ReadRoutesMatrixTest extends ProcessTestSupport {

  static final String ADMINISTRATOR = "camunda-admin";
  static final String PROBE = "read-routes-probe";
  static final String PROBE_MESSAGE = "read-routes-probe-asked";

  @Autowired
  PersonRepository people;

  @Autowired
  RecordAccessRepository accessLog;

  @Autowired
  FilterService filters;

  @Autowired
  RepositoryService repository;

  @Autowired
  HistoryService history;

  @LocalServerPort
  int port;

  /** What a user of a group gets from a route: the person shown and logged with the action, a 403, or nothing. */
  record Outcome(String loggedAs, boolean refused) {
    static final Outcome NOTHING = new Outcome(null, false);
    static final Outcome REFUSED = new Outcome(null, true);

    static Outcome logged(String action) {
      return new Outcome(action, false);
    }

    @Override
    public String toString() {
      return refused ? "refused" : loggedAs == null ? "shows nothing" : "shown and logged as " + loggedAs;
    }
  }

  record Route(String method, String path, String body, Map<String, Outcome> outcomes) {
  }

  /** The same outcome for the named groups, another for every other group and the administrator. */
  static Map<String, Outcome> outcomes(Outcome named, Outcome others, String... groups) {
    Map<String, Outcome> outcomes = new HashMap<>();
    for (String group : columns()) {
      outcomes.put(group, List.of(groups).contains(group) ? named : others);
    }
    return outcomes;
  }

  static List<String> columns() {
    List<String> columns = new ArrayList<>(Groups.ALL);
    columns.add(ADMINISTRATOR);
    return columns;
  }

  /**
   * The roots of the engine REST API and what each shows of a case: those the matrix below tries, and those that
   * show nobody's record (definitions, identities, engine housekeeping) or are the administrator's alone.
   */
  static final Map<String, String> ENGINE_ROOTS = Map.ofEntries(
      Map.entry("/task", "matrix: the task list, a task, its comments, variables and form variables"),
      Map.entry("/filter", "matrix: a filter's tasks, with and without their variables"),
      Map.entry("/process-instance", "matrix: the process list and a process's variables"),
      Map.entry("/variable-instance", "matrix: the variable query"),
      Map.entry("/message", "matrix: a correlation that returns variables"),
      Map.entry("/process-definition", "matrix: a start that returns variables; otherwise definitions only"),
      Map.entry("/history/task", "matrix: ended and open tasks with their names"),
      Map.entry("/history/process-instance", "matrix: the process list"),
      Map.entry("/history/variable-instance", "matrix: the variable query"),
      Map.entry("/history/detail", "matrix: the values each form submitted"),
      Map.entry("/history/decision-instance", "matrix: a decision's inputs and outputs"),
      Map.entry("/execution", "a process's executions: ids; their local variables are logged as the process's"),
      Map.entry("/incident", "ids and the engine's failure message; the administrator's"),
      Map.entry("/job", "ids and due dates"),
      Map.entry("/job-definition", "definitions"),
      Map.entry("/external-task", "none are used"),
      Map.entry("/event-subscription", "ids and message names"),
      Map.entry("/batch", "the administrator's batches"),
      Map.entry("/migration", "the administrator's"),
      Map.entry("/modification", "the administrator's"),
      Map.entry("/signal", "sends, answers nothing"),
      Map.entry("/condition", "starts by condition, answers ids"),
      Map.entry("/case-definition", "no cases (CMMN) are used"),
      Map.entry("/case-execution", "no cases (CMMN) are used"),
      Map.entry("/case-instance", "no cases (CMMN) are used"),
      Map.entry("/decision-definition", "definitions"),
      Map.entry("/decision-requirements-definition", "definitions"),
      Map.entry("/deployment", "models"),
      Map.entry("/authorization", "the engine's permissions"),
      Map.entry("/group", "staff groups"),
      Map.entry("/user", "staff"),
      Map.entry("/identity", "staff"),
      Map.entry("/tenant", "none are used"),
      Map.entry("/metrics", "counts"),
      Map.entry("/schema/log", "the schema's versions"),
      Map.entry("/telemetry", "off"),
      Map.entry("/history", "the roots below"),
      Map.entry("/history/activity-instance", "which steps ran, with ids and times"),
      Map.entry("/history/batch", "the administrator's batches"),
      Map.entry("/history/case-activity-instance", "no cases (CMMN) are used"),
      Map.entry("/history/case-definition", "no cases (CMMN) are used"),
      Map.entry("/history/case-instance", "no cases (CMMN) are used"),
      Map.entry("/history/decision-definition", "counts of decisions"),
      Map.entry("/history/decision-requirements-definition", "counts of decisions"),
      Map.entry("/history/external-task-log", "none are used"),
      Map.entry("/history/identity-link-log", "which staff and groups a task was for"),
      Map.entry("/history/incident", "ids and the engine's failure message; the administrator's"),
      Map.entry("/history/job-log", "ids and the engine's failure message; the administrator's"),
      Map.entry("/history/process-definition", "counts of processes"),
      Map.entry("/history/cleanup", "the engine's housekeeping"),
      Map.entry("/history/user-operation", "who changed which task or process and how, with ids; the administrator's"));

  /** A process that starts by a message and waits, with the variables it was started with, until it is removed. */
  static final String PROBE_MODEL = """
      <?xml version="1.0" encoding="UTF-8"?>
      <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
          xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
          xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
          id="Definitions_ReadRoutesProbe" targetNamespace="http://letstalk.org/test">
        <bpmn:process id="read-routes-probe" name="Read routes probe" isExecutable="true"
            camunda:historyTimeToLive="P1D">
          <bpmn:startEvent id="Start_Asked" name="Asked">
            <bpmn:outgoing>Flow_Answer</bpmn:outgoing>
            <bpmn:messageEventDefinition messageRef="Message_Asked" />
          </bpmn:startEvent>
          <bpmn:sequenceFlow id="Flow_Answer" sourceRef="Start_Asked" targetRef="Event_Answered" />
          <bpmn:intermediateCatchEvent id="Event_Answered" name="Answered">
            <bpmn:incoming>Flow_Answer</bpmn:incoming>
            <bpmn:outgoing>Flow_End</bpmn:outgoing>
            <bpmn:messageEventDefinition messageRef="Message_Answered" />
          </bpmn:intermediateCatchEvent>
          <bpmn:sequenceFlow id="Flow_Again" sourceRef="Event_Answered" targetRef="Event_AnsweredAgain" />
          <bpmn:intermediateCatchEvent id="Event_AnsweredAgain" name="Answered again">
            <bpmn:incoming>Flow_Again</bpmn:incoming>
            <bpmn:outgoing>Flow_End</bpmn:outgoing>
            <bpmn:messageEventDefinition messageRef="Message_AnsweredAgain" />
          </bpmn:intermediateCatchEvent>
          <bpmn:sequenceFlow id="Flow_End" sourceRef="Event_AnsweredAgain" targetRef="End_Answered" />
          <bpmn:endEvent id="End_Answered" name="Ended">
            <bpmn:incoming>Flow_End</bpmn:incoming>
          </bpmn:endEvent>
        </bpmn:process>
        <bpmn:message id="Message_Asked" name="read-routes-probe-asked" />
        <bpmn:message id="Message_Answered" name="read-routes-probe-answered" />
        <bpmn:message id="Message_AnsweredAgain" name="read-routes-probe-answered-again" />
        <bpmndi:BPMNDiagram id="Diagram_ReadRoutesProbe">
          <bpmndi:BPMNPlane id="Plane_ReadRoutesProbe" bpmnElement="read-routes-probe">
            <bpmndi:BPMNShape id="Start_Asked_di" bpmnElement="Start_Asked">
              <dc:Bounds x="152" y="82" width="36" height="36" />
              <bpmndi:BPMNLabel><dc:Bounds x="155" y="125" width="30" height="14" /></bpmndi:BPMNLabel>
            </bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="Event_Answered_di" bpmnElement="Event_Answered">
              <dc:Bounds x="252" y="82" width="36" height="36" />
              <bpmndi:BPMNLabel><dc:Bounds x="245" y="125" width="50" height="14" /></bpmndi:BPMNLabel>
            </bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="Event_AnsweredAgain_di" bpmnElement="Event_AnsweredAgain">
              <dc:Bounds x="352" y="82" width="36" height="36" />
              <bpmndi:BPMNLabel><dc:Bounds x="330" y="125" width="80" height="14" /></bpmndi:BPMNLabel>
            </bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="End_Answered_di" bpmnElement="End_Answered">
              <dc:Bounds x="452" y="82" width="36" height="36" />
              <bpmndi:BPMNLabel><dc:Bounds x="452" y="125" width="36" height="14" /></bpmndi:BPMNLabel>
            </bpmndi:BPMNShape>
            <bpmndi:BPMNEdge id="Flow_Answer_di" bpmnElement="Flow_Answer">
              <di:waypoint x="188" y="100" />
              <di:waypoint x="252" y="100" />
            </bpmndi:BPMNEdge>
            <bpmndi:BPMNEdge id="Flow_Again_di" bpmnElement="Flow_Again">
              <di:waypoint x="288" y="100" />
              <di:waypoint x="352" y="100" />
            </bpmndi:BPMNEdge>
            <bpmndi:BPMNEdge id="Flow_End_di" bpmnElement="Flow_End">
              <di:waypoint x="388" y="100" />
              <di:waypoint x="452" y="100" />
            </bpmndi:BPMNEdge>
          </bpmndi:BPMNPlane>
        </bpmndi:BPMNDiagram>
      </bpmn:definitions>
      """;

  @AfterEach
  void removeProbe() {
    repository.createDeploymentQuery().deploymentName(PROBE).list()
        .forEach(deployment -> repository.deleteDeployment(deployment.getId(), true));
  }

  @Test
  void everyRootOfTheEngineRestApiIsPlacedInTheMatrixOrSaidToShowNobody() throws Exception {
    Set<String> roots = new TreeSet<>();
    PathMatchingResourcePatternResolver classpath = new PathMatchingResourcePatternResolver();
    for (String folder : List.of("", "history/")) {
      for (Resource found : classpath.getResources(
          "classpath*:org/camunda/bpm/engine/rest/" + folder + "*RestService.class")) {
        String name = "org.camunda.bpm.engine.rest." + folder.replace("/", ".")
            + found.getFilename().replace(".class", "");
        Class<?> service = Class.forName(name);
        String path = (String) service.getField("PATH").get(null);
        roots.add(folder.isEmpty() || path.equals("/history") ? path : "/history" + path);
      }
    }
    assertThat(roots).as("the engine REST API's roots").hasSizeGreaterThan(40);
    assertThat(ENGINE_ROOTS.keySet()).as("each root placed in the matrix or said to show nobody")
        .containsExactlyInAnyOrderElementsOf(roots);
  }

  @TestFactory
  Stream<DynamicTest> eachRouteThatShowsACaseIsLoggedOrRefusedOnPurposeForEveryGroup() {
    Person person = person();
    String businessKey = "read-routes-" + UUID.randomUUID();
    String instance = runtime.createProcessInstanceByKey("lets-talk-1").businessKey(businessKey)
        .startBeforeActivity("Task_HoldLetsTalk1")
        .setVariables(Map.of("personId", person.getId().toString(), "personName", person.getFullName(),
            "conversationTeam", Groups.PRACTITIONERS))
        .setVariable("conversationAssignee", null).execute().getId();
    String task = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
    taskService.createComment(task, instance, "Spoke to " + person.getFullName() + " about the stairs");
    String definition = runtime.createProcessInstanceQuery().processInstanceId(instance).singleResult()
        .getProcessDefinitionId();
    Filter filter = filters.newTaskFilter("Read routes " + businessKey)
        .setQuery(taskService.createTaskQuery().processInstanceBusinessKey(businessKey))
        .setProperties(Map.of("variables", List.of(Map.of("name", "personName", "label", "Person"))));
    filters.saveFilter(filter);
    repository.createDeployment().name(PROBE).addString(PROBE + ".bpmn", PROBE_MODEL).deploy();

    String waiting = runtime.createMessageCorrelation(PROBE_MESSAGE)
        .setVariable("personId", person.getId().toString()).correlateStartMessage().getId();
    String engine = "/engine-rest";
    String cockpit = "/camunda/api/cockpit/plugin/base/default";
    String candidates = Groups.PRACTITIONERS;
    Outcome nothing = Outcome.NOTHING;
    String asked = "{\"messageName\":\"" + PROBE_MESSAGE + "\",\"resultEnabled\":true,\"variablesInReturn\":true,"
        + "\"processVariables\":{\"personId\":{\"value\":\"" + person.getId() + "\"}}}";
    List<Route> routes = List.of(
        new Route("GET", engine + "/task?processInstanceBusinessKey=" + businessKey, null,
            outcomes(Outcome.logged("LISTED_IN_TASKS"), nothing, candidates, ADMINISTRATOR)),
        new Route("POST", engine + "/task", "{\"processInstanceBusinessKey\":\"" + businessKey + "\"}",
            outcomes(Outcome.logged("LISTED_IN_TASKS"), nothing, candidates, ADMINISTRATOR)),
        new Route("GET", engine + "/task/count?processInstanceBusinessKey=" + businessKey, null,
            outcomes(nothing, nothing)),
        new Route("GET", engine + "/task/" + task, null,
            outcomes(Outcome.logged("READ_TASK"), nothing, candidates, ADMINISTRATOR)),
        // Comments are read from history, which candidates may not read.
        new Route("GET", engine + "/task/" + task + "/comment", null,
            outcomes(Outcome.logged("READ_TASK"), nothing, ADMINISTRATOR)),
        new Route("GET", engine + "/task/" + task + "/form-variables", null,
            outcomes(Outcome.logged("READ_PROCESS_VARIABLES"), nothing, candidates, ADMINISTRATOR)),
        new Route("GET", engine + "/task/" + task + "/variables", null,
            outcomes(Outcome.logged("READ_PROCESS_VARIABLES"), nothing, candidates, ADMINISTRATOR)),
        new Route("GET", engine + "/filter/" + filter.getId() + "/list", null,
            outcomes(Outcome.logged("LISTED_IN_TASKS"), nothing, candidates, ADMINISTRATOR)),
        new Route("GET", engine + "/filter/" + filter.getId() + "/count", null, outcomes(nothing, nothing)),
        new Route("GET", engine + "/process-instance/" + instance + "/variables", null,
            outcomes(Outcome.logged("READ_PROCESS_VARIABLES"), nothing, ADMINISTRATOR)),
        new Route("GET", engine + "/process-instance?businessKey=" + businessKey, null,
            outcomes(Outcome.logged("LISTED_IN_PROCESSES"), nothing, ADMINISTRATOR)),
        new Route("GET", engine + "/variable-instance?processInstanceIdIn=" + instance, null,
            outcomes(Outcome.logged("READ_PROCESS_VARIABLES"), nothing, ADMINISTRATOR)),
        new Route("GET", engine + "/history/process-instance?processInstanceBusinessKey=" + businessKey, null,
            outcomes(Outcome.logged("LISTED_IN_PROCESSES"), nothing, ADMINISTRATOR)),
        new Route("GET", engine + "/history/task?processInstanceBusinessKey=" + businessKey, null,
            outcomes(Outcome.logged("LISTED_IN_TASKS"), nothing, ADMINISTRATOR)),
        new Route("GET", engine + "/history/variable-instance?processInstanceId=" + instance, null,
            outcomes(Outcome.logged("READ_PROCESS_VARIABLES"), nothing, ADMINISTRATOR)),
        new Route("GET", engine + "/history/detail?processInstanceId=" + instance, null,
            outcomes(Outcome.logged("READ_PROCESS_VARIABLES"), nothing, ADMINISTRATOR)),
        // Asked for variables, refused to all but the administrator; the engine answers a start by message and a
        // caught message with none, where a start by the definition's route answers them (shown and logged below).
        new Route("POST", engine + "/message", asked, outcomes(nothing, Outcome.REFUSED, ADMINISTRATOR)),
        new Route("POST", engine + "/message", "{\"messageName\":\"read-routes-probe-answered\","
            + "\"processInstanceId\":\"" + waiting + "\",\"resultEnabled\":true,\"variablesInReturn\":true}",
            outcomes(nothing, Outcome.REFUSED, ADMINISTRATOR)),
        new Route("POST", engine + "/process-definition/key/" + PROBE + "/start",
            "{\"withVariablesInReturn\":true,\"variables\":{\"personId\":{\"value\":\"" + person.getId() + "\"}}}",
            outcomes(Outcome.logged("READ_PROCESS_VARIABLES"), Outcome.REFUSED, ADMINISTRATOR)),
        new Route("GET", cockpit + "/process-definition/statistics", null, outcomes(nothing, nothing)),
        new Route("POST", cockpit + "/process-instance", "{\"processDefinitionId\":\"" + definition + "\"}",
            outcomes(Outcome.logged("LISTED_IN_PROCESSES"), Outcome.REFUSED, ADMINISTRATOR)),
        new Route("GET", cockpit + "/process-instance/count?processDefinitionId=" + definition, null,
            outcomes(nothing, Outcome.REFUSED, ADMINISTRATOR)),
        new Route("GET", cockpit + "/incident?processInstanceIdIn=" + instance, null,
            outcomes(nothing, Outcome.REFUSED, ADMINISTRATOR)));

    List<DynamicTest> checks = new ArrayList<>();
    for (String group : columns()) {
      checks.add(dynamicTest(group, () -> {
        String user = group.equals(ADMINISTRATOR)
            ? SecurityFixtures.ensure(identity, "sec-engine-administrator", List.of(ADMINISTRATOR))
            : SecurityFixtures.onlyIn(identity, group);
        HttpClient browser = signedIn(user);
        List<String> wrong = new ArrayList<>();
        for (Route route : routes) {
          HttpResponse<String> answer = send(browser, user, route);
          Outcome expected = route.outcomes().get(group);
          boolean shown = answer.statusCode() == 200 && (answer.body().contains(person.getFamilyName())
              || answer.body().contains(instance) || answer.body().contains(person.getId().toString()));
          List<String> logged = accessLog.findByPersonIdOrderByAccessedAtAsc(person.getId()).stream()
              .filter(entry -> entry.getUserId().equals(user)
                  && entry.getDetail().startsWith(route.method() + " " + route.path()))
              .map(RecordAccess::getAction).toList();
          Outcome got = answer.statusCode() == 403 ? Outcome.REFUSED
              : shown && logged.size() == 1 ? Outcome.logged(logged.get(0)) : shown ? new Outcome("?", false)
              : Outcome.NOTHING;
          // Showing nothing may be a 403 or 404 of the engine's or the webapps' own.
          boolean asExpected = got.equals(expected) || (expected.equals(Outcome.NOTHING) && got.refused());
          if (!asExpected || (!shown && !logged.isEmpty())) {
            wrong.add(route.method() + " " + route.path() + ": expected " + expected + ", was " + got + " (answered "
                + answer.statusCode() + ", logged " + logged + "): "
                + answer.body().substring(0, Math.min(3000, answer.body().length())));
          }
        }
        assertThat(wrong).as(group).isEmpty();
      }));
    }
    return checks.stream();
  }

  @Test
  void aListReadAgainWithinMinutesIsLoggedOnceAndACountIsNotLogged() throws Exception {
    Person person = person();
    String businessKey = "read-routes-" + UUID.randomUUID();
    runtime.createProcessInstanceByKey("lets-talk-1").businessKey(businessKey)
        .startBeforeActivity("Task_HoldLetsTalk1")
        .setVariables(Map.of("personId", person.getId().toString(), "personName", person.getFullName(),
            "conversationTeam", Groups.PRACTITIONERS))
        .setVariable("conversationAssignee", null).execute();
    String user = SecurityFixtures.onlyIn(identity, Groups.PRACTITIONERS);
    HttpClient browser = signedIn(user);

    for (int refresh = 0; refresh < 3; refresh++) {
      assertThat(send(browser, user, new Route("GET", "/engine-rest/task?processInstanceBusinessKey=" + businessKey,
          null, Map.of())).body()).contains(person.getFamilyName());
      send(browser, user, new Route("GET", "/engine-rest/task/count?processInstanceBusinessKey=" + businessKey, null,
          Map.of()));
    }
    send(browser, user, new Route("GET", "/engine-rest/task?processInstanceBusinessKey=" + businessKey
        + "&sortBy=created&sortOrder=desc", null, Map.of()));

    assertThat(accessLog.findByPersonIdOrderByAccessedAtAsc(person.getId()))
        .filteredOn(entry -> entry.getUserId().equals(user)).extracting(RecordAccess::getDetail)
        .containsExactly("GET /engine-rest/task?processInstanceBusinessKey=" + businessKey,
            "GET /engine-rest/task?processInstanceBusinessKey=" + businessKey + "&sortBy=created&sortOrder=desc");
  }

  @Test
  void aRestrictedRecordsTaskIsListedWithoutItsNameToWhoeverItDoesNotName() throws Exception {
    Person person = person();
    String businessKey = "read-routes-" + UUID.randomUUID();
    runtime.createProcessInstanceByKey("lets-talk-1").businessKey(businessKey)
        .startBeforeActivity("Task_HoldLetsTalk1")
        .setVariables(Map.of("personId", person.getId().toString(), "personName", person.getFullName(),
            "conversationTeam", Groups.PRACTITIONERS))
        .setVariable("conversationAssignee", null).execute();
    HttpResponse<String> restricted = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/api/people/" + person.getId()
            + "/restriction")).header("Content-Type", "application/json").header("Authorization", basic("teammanager",
            "demo")).PUT(HttpRequest.BodyPublishers.ofString("{\"reason\":\"A member of staff\",\"groups\":[\""
            + Groups.TEAM_MANAGERS + "\"],\"users\":[]}")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(restricted.statusCode()).as(restricted.body()).isEqualTo(200);
    String candidate = SecurityFixtures.onlyIn(identity, Groups.PRACTITIONERS);

    String listed = send(signedIn(candidate), candidate, new Route("GET",
        "/engine-rest/task?processInstanceBusinessKey=" + businessKey, null, Map.of())).body();

    assertThat(listed).contains("Restricted record").doesNotContain(person.getFamilyName());
    assertThat(accessLog.findByPersonIdOrderByAccessedAtAsc(person.getId()))
        .filteredOn(entry -> entry.getUserId().equals(candidate)).extracting(RecordAccess::getAction)
        .containsExactly("REFUSED_LISTED_IN_TASKS");
  }

  private Person person() {
    return people.save(Person.from(new PersonDetails("Rowan", "Routes" + Long.toString(System.nanoTime(), 36),
        LocalDate.of(1948, 3, 4), null, "M33 7XX", null, null, null, null), java.time.Instant.now()));
  }

  /**
   * The engine REST API with the user's password; Cockpit's plugin API in the session the webapps' sign-in gives
   * (Tasklist's sign-in page: every group may use Tasklist, and the session carries whichever apps a user may open).
   */
  private HttpResponse<String> send(HttpClient browser, String user, Route route) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(route.path())).header("Accept", "application/json");
    if (route.path().startsWith("/engine-rest")) {
      request.header("Authorization", basic(user, SecurityFixtures.PASSWORD));
    } else {
      request.header("X-XSRF-TOKEN", xsrf(browser));
    }
    if (route.body() != null) {
      request.header("Content-Type", "application/json")
          .method(route.method(), HttpRequest.BodyPublishers.ofString(route.body()));
    } else {
      request.method(route.method(), HttpRequest.BodyPublishers.noBody());
    }
    return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpClient signedIn(String user) throws Exception {
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    browser.send(HttpRequest.newBuilder(uri("/camunda/app/tasklist/default/")).GET().build(),
        HttpResponse.BodyHandlers.discarding());
    browser.send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", xsrf(browser))
        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + SecurityFixtures.PASSWORD))
        .build(), HttpResponse.BodyHandlers.discarding());
    return browser;
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private static String basic(String user, String password) {
    return "Basic " + java.util.Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private static String xsrf(HttpClient browser) {
    return ((CookieManager) browser.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).reduce((a, b) -> b).orElse("");
  }
}
