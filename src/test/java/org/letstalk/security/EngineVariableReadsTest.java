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
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.letstalk.PostgresTest;
import org.letstalk.ProcessTestSupport;
import org.letstalk.contact.Contact;
import org.letstalk.contact.ContactRepository;
import org.letstalk.identity.Groups;
import org.letstalk.person.Person;
import org.letstalk.person.PersonDetails;
import org.letstalk.person.PersonRepository;
import org.letstalk.record.RecordAccess;
import org.letstalk.record.RecordAccessRepository;
import org.letstalk.team.TeamDuty;
import org.letstalk.team.Teams;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/**
 * A task's variables carry the person's name, and a task's form shows it: whoever reads them through the engine REST
 * API or Tasklist's own API has read that person's record, and the access log says so. Tried as an insider would:
 * a user of each group on each route that answers with a process's variables. Whoever got the name back is in the
 * log for that route; whoever did not, is not.
 */
@PostgresTest
class EngineVariableReadsTest extends ProcessTestSupport {

  private static final String TASKLIST = "/camunda/api/engine/engine/default";

  @Autowired
  TestRestTemplate http;

  @Autowired
  PersonRepository people;

  @Autowired
  ContactRepository contacts;

  @Autowired
  RecordAccessRepository accessLog;

  @Autowired
  Teams teams;

  @LocalServerPort
  int port;

  @TestFactory
  Stream<DynamicTest> whoeverReadsATasksVariablesIsInThePersonsAccessLog() {
    Person person = person("Tess");
    String instance = letsTalk1About(person);
    String task = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
    List<String> routes = List.of("/task/" + task + "/variables", "/task/" + task + "/form-variables",
        "/task/" + task + "/variables/personName", "/variable-instance?processInstanceIdIn=" + instance,
        "/history/variable-instance?processInstanceId=" + instance,
        "/process-instance/" + instance + "/variables");

    return Groups.ALL.stream().map(group -> dynamicTest(group, () -> {
      String user = SecurityFixtures.onlyIn(identity, group);
      Function<String, String> tasklist = tasklistSession(user);
      List<String> shownTheName = new ArrayList<>();
      for (String route : routes) {
        for (String path : List.of("/engine-rest" + route, TASKLIST + route)) {
          String body = path.startsWith("/engine-rest") ? engineRest(user, path) : tasklist.apply(path);
          boolean named = body.contains(person.getFamilyName());
          if (named) {
            shownTheName.add(path);
          }
          assertThat(readsBy(user, person).stream().anyMatch(entry -> entry.getDetail().equals("GET " + path)))
              .as(group + " shown the name by " + path + ": " + named).isEqualTo(named);
        }
      }
      if (group.equals(Groups.PRACTITIONERS)) {
        assertThat(shownTheName).as("the task's candidates read it on every route, Tasklist's included")
            .contains("/engine-rest/task/" + task + "/form-variables", TASKLIST + "/task/" + task + "/form-variables",
                "/engine-rest/task/" + task + "/variables", TASKLIST + "/task/" + task + "/variables");
      }
    }));
  }

  @Test
  void aRestrictedRecordsVariablesAreReadOnlyByItsNamedReadersAndEveryAttemptIsLogged() {
    Person person = person("Rhian");
    Person unrestricted = person("Siân");
    String instance = letsTalk1About(person);
    String other = letsTalk1About(unrestricted);
    String task = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
    Map<String, Object> restriction = Map.of("reason", "A member of staff", "groups", List.of(Groups.TEAM_MANAGERS),
        "users", List.of());
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    assertThat(http.withBasicAuth("teammanager", "demo").exchange("/api/people/" + person.getId() + "/restriction",
        HttpMethod.PUT, new HttpEntity<>(restriction, headers), String.class).getStatusCode().value()).isEqualTo(200);
    String candidate = SecurityFixtures.onlyIn(identity, Groups.PRACTITIONERS);
    // The engine administrator reads every process's variables: a restriction that does not name them still holds.
    String administrator = SecurityFixtures.ensure(identity, "sec-engine-administrator", List.of("camunda-admin"));

    assertThat(http.withBasicAuth(candidate, SecurityFixtures.PASSWORD).exchange(
        "/engine-rest/task/" + task + "/form-variables", HttpMethod.GET, null, String.class).getStatusCode().value())
        .isEqualTo(403);
    for (String list : List.of("/engine-rest/variable-instance?processInstanceIdIn=" + instance + "," + other,
        "/engine-rest/history/variable-instance?processInstanceIdIn=" + instance + "," + other)) {
      assertThat(engineRest(administrator, list)).as(list).doesNotContain(person.getFamilyName())
          .contains(unrestricted.getFamilyName());
    }

    assertThat(accessLog.findByPersonIdOrderByAccessedAtAsc(person.getId()))
        .filteredOn(entry -> !entry.getUserId().equals("teammanager"))
        .extracting(RecordAccess::getUserId, RecordAccess::getAction)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(candidate, "REFUSED_READ_PROCESS_VARIABLES"),
            org.assertj.core.groups.Tuple.tuple(administrator, "REFUSED_READ_PROCESS_VARIABLES"),
            org.assertj.core.groups.Tuple.tuple(administrator, "REFUSED_READ_PROCESS_VARIABLES"));
    assertThat(accessLog.findByPersonIdOrderByAccessedAtAsc(unrestricted.getId()))
        .extracting(RecordAccess::getUserId, RecordAccess::getAction)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(administrator, "READ_PROCESS_VARIABLES"),
            org.assertj.core.groups.Tuple.tuple(administrator, "READ_PROCESS_VARIABLES"));
  }

  @Test
  void aContactWaitingForItsPersonToBeConfirmedIsLoggedWithThePossibleMatchItsTaskShows() {
    Map<String, Object> form = new HashMap<>(Map.of("givenName", "Ivy",
        "familyName", "Possible" + Long.toString(System.nanoTime(), 36), "dateOfBirth", "1939-02-03",
        "postcode", "M33 7XX", "routeOfAccess", "SELF", "contactMethod", "PHONE",
        "presentingNeed", "Falls at home", "consentToShare", true));
    ProcessInstance earlier = startContact("frontdoor", form);
    UUID candidate = contacts.findByProcessInstanceId(earlier.getId()).orElseThrow().getPersonId();
    form.put("postcode", "M1 1AE");
    ProcessInstance waiting = startContact("frontdoor", form);
    Contact contact = contacts.findByProcessInstanceId(waiting.getId()).orElseThrow();
    String task = taskService.createTaskQuery().processInstanceId(waiting.getId()).singleResult().getId();
    String reader = SecurityFixtures.onlyIn(identity, Groups.FRONT_DOOR);
    teams.addMember(teams.withDuty(TeamDuty.FRONT_DOOR).orElseThrow().getId(), reader);

    assertThat(engineRest(reader, "/engine-rest/task/" + task + "/form-variables")).contains("M33 7XX");

    assertThat(accessLog.findByContactIdOrderByAccessedAtAsc(contact.getId()))
        .filteredOn(entry -> entry.getUserId().equals(reader))
        .extracting(RecordAccess::getAction, RecordAccess::getPersonId)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("READ_PROCESS_VARIABLES", null));
    assertThat(accessLog.findByPersonIdOrderByAccessedAtAsc(candidate))
        .filteredOn(entry -> entry.getUserId().equals(reader)).singleElement()
        .satisfies(entry -> assertThat(entry.getDetail()).contains("possible match for contact " + contact.getId()));
  }

  private List<RecordAccess> readsBy(String user, Person person) {
    return accessLog.findByPersonIdOrderByAccessedAtAsc(person.getId()).stream()
        .filter(entry -> entry.getUserId().equals(user) && entry.getAction().equals("READ_PROCESS_VARIABLES"))
        .toList();
  }

  private String letsTalk1About(Person person) {
    return runtime.createProcessInstanceByKey("lets-talk-1").businessKey("variable-reads-" + UUID.randomUUID())
        .startBeforeActivity("Task_HoldLetsTalk1")
        .setVariables(Map.of("personId", person.getId().toString(), "personName", person.getFullName(),
            "conversationTeam", Groups.PRACTITIONERS))
        .setVariable("conversationAssignee", null).execute().getId();
  }

  private Person person(String given) {
    return people.save(Person.from(new PersonDetails(given, "Variables" + Long.toString(System.nanoTime(), 36),
        LocalDate.of(1950, 1, 1), null, "M33 7XX", null, null, null, null), java.time.Instant.now()));
  }

  private String engineRest(String user, String path) {
    return String.valueOf(http.withBasicAuth(user, SecurityFixtures.PASSWORD)
        .exchange(path, HttpMethod.GET, null, String.class).getBody());
  }

  /** Signs in to Tasklist as the user and answers what its own engine API gives them on a path. */
  private Function<String, String> tasklistSession(String user) throws Exception {
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    browser.send(get("/camunda/app/tasklist/default/"), HttpResponse.BodyHandlers.discarding());
    browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
            + "/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", xsrf(browser))
        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + SecurityFixtures.PASSWORD))
        .build(), HttpResponse.BodyHandlers.discarding());
    return path -> {
      try {
        return browser.send(get(path), HttpResponse.BodyHandlers.ofString()).body();
      } catch (Exception failed) {
        throw new IllegalStateException(failed);
      }
    };
  }

  private HttpRequest get(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "application/json")
        .GET().build();
  }

  private static String xsrf(HttpClient browser) {
    return ((CookieManager) browser.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).reduce((a, b) -> b).orElse("");
  }
}
