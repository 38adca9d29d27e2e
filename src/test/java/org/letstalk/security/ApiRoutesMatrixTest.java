package org.letstalk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.letstalk.PostgresTest;
import org.letstalk.conversation.ConversationFixtures;
import org.letstalk.identity.Groups;
import org.letstalk.person.Person;
import org.letstalk.person.PersonDetails;
import org.letstalk.person.PersonRepository;
import org.letstalk.plan.Delivery;
import org.letstalk.plan.PlanType;
import org.letstalk.plan.SupportPlans;
import org.letstalk.review.flow.StartReviewCycle;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every route of our API that changes something, tried by a user of each group: allowed (2xx) only for the groups
 * written here, refused (403) for every other with nothing stored. The groups are written out, not read from the
 * code, so widening a route means changing this test on purpose. {@link EngineRoutesMatrixTest} does the same for
 * the engine's REST API, {@link RecordAccessMatrixTest} for the routes that read a person.
 */
@PostgresTest
class ApiRoutesMatrixTest {

  static final Set<String> ANY_READER = Set.of(Groups.FRONT_DOOR, Groups.PRACTITIONERS, Groups.SENIOR_PRACTITIONERS,
      Groups.TEAM_MANAGERS, Groups.SERVICE_MANAGERS, Groups.SAFEGUARDING, Groups.HEADS_OF_SERVICE);

  @Autowired
  TestRestTemplate http;

  @Autowired
  IdentityService identity;

  @Autowired
  PersonRepository people;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  RuntimeService runtime;

  @Autowired
  TaskService tasks;

  @Autowired
  SupportPlans plans;

  @Autowired
  StartReviewCycle reviewCycles;

  final ObjectMapper json = new ObjectMapper();

  /**
   * A route tried afresh for each group: {@code request} sets up what it needs and answers method, path, body;
   * every other group is answered 403, or {@code refused} where the route does not tell a conversation the caller may
   * not work on from one that does not exist (400).
   */
  record Route(String name, Set<String> allowed, Supplier<Call> request, int refused) {

    Route(String name, Set<String> allowed, Supplier<Call> request) {
      this(name, allowed, request, 403);
    }
  }

  record Call(String method, String path, Object body) {
  }

  @TestFactory
  Stream<DynamicTest> everyRouteThatChangesThingsIsAllowedOnlyToTheGroupsWhoseWorkNeedsIt() {
    UUID person = person().getId();
    String note = note(person);
    String planId = activePlanWithReviews(person);
    UUID team = UUID.fromString(String.valueOf(call("servicemanager", "demo",
        new Call("POST", "/api/teams", Map.of("name", "Matrix " + UUID.randomUUID(), "managerUserId", "teammanager2")))
        .get("id")));

    UUID otherTeam = UUID.fromString(String.valueOf(call("servicemanager", "demo",
        new Call("POST", "/api/teams", Map.of("name", "Matrix " + UUID.randomUUID(), "managerUserId", "teammanager2")))
        .get("id")));

    List<Route> routes = List.of(
        new Route("record a contact", Set.of(Groups.FRONT_DOOR, Groups.PRACTITIONERS, Groups.SENIOR_PRACTITIONERS,
            Groups.CARERS_CENTRE), () -> new Call("POST", "/api/contacts", BadInputTest.contact())),
        new Route("report a safeguarding concern", Set.of(Groups.FRONT_DOOR, Groups.PRACTITIONERS,
            Groups.SENIOR_PRACTITIONERS, Groups.TEAM_MANAGERS, Groups.SAFEGUARDING),
            () -> new Call("POST", "/api/safeguarding-concerns", BadInputTest.concern())),
        new Route("raise a concern in a conversation", Set.of(Groups.PRACTITIONERS),
            // Held by the matrix's practitioner, so the conversation is theirs to work on whatever team holds it.
            () -> new Call("POST", "/api/conversations/"
                + letsTalk1HeldBy(SecurityFixtures.onlyIn(identity, Groups.PRACTITIONERS)) + "/safeguarding-concerns",
                BadInputTest.concernInConversation()), 400),
        new Route("ask for an early review", Set.of(Groups.FRONT_DOOR, Groups.PRACTITIONERS,
            Groups.SENIOR_PRACTITIONERS, Groups.CARERS_CENTRE, Groups.TEAM_MANAGERS),
            () -> new Call("POST", "/api/reviews/requests", Map.of("supportPlanId", planId, "requesterRole", "CARER",
                "requestedBy", "Ann Carer", "requestReason", "Falls at night"))),
        new Route("ask for an early review from the record", Set.of(Groups.FRONT_DOOR, Groups.PRACTITIONERS,
            Groups.SENIOR_PRACTITIONERS, Groups.TEAM_MANAGERS),
            () -> new Call("POST", "/api/people/" + person + "/reviews/requests", Map.of("requesterRole", "CARER",
                "requestedBy", "Ann Carer", "requestReason", "Falls at night"))),
        new Route("add an alert", Set.of(Groups.TEAM_MANAGERS),
            () -> new Call("POST", "/api/people/" + person + "/alerts",
                Map.of("kind", "LONE_WORKING", "detail", "Visit in pairs"))),
        new Route("end an alert", Set.of(Groups.TEAM_MANAGERS),
            () -> new Call("POST", "/api/people/" + person + "/alerts/" + alert(person) + "/end",
                Map.of("reason", "No longer applies"))),
        new Route("add a case note", ANY_READER,
            () -> new Call("POST", "/api/people/" + person + "/notes", BadInputTest.note())),
        new Route("correct a case note", ANY_READER,
            () -> new Call("POST", "/api/people/" + person + "/notes/" + note + "/versions",
                withReason(BadInputTest.note()))),
        // Whoever may write a note on the record may ask for one to go; a manager decides.
        new Route("ask for a note to be deleted", ANY_READER,
            () -> new Call("POST", "/api/people/" + person + "/notes/" + note(person) + "/deletion-requests",
                Map.of("reason", "Wrong file"))),
        new Route("decide a note's deletion", Set.of(Groups.TEAM_MANAGERS, Groups.SERVICE_MANAGERS),
            () -> new Call("POST", "/api/note-deletion-requests/" + deletionRequest(person) + "/decision",
                Map.of("approve", false, "decisionReason", "It belongs on this file"))),
        new Route("change a person's details", Set.of(Groups.FRONT_DOOR, Groups.PRACTITIONERS,
            Groups.SENIOR_PRACTITIONERS, Groups.TEAM_MANAGERS, Groups.SERVICE_MANAGERS, Groups.SAFEGUARDING),
            () -> new Call("PATCH", "/api/people/" + person + "/details",
                Map.of("phone", "0161 " + (100_0000 + (int) (Math.random() * 899_9999))))),
        new Route("record a death", Set.of(Groups.FRONT_DOOR, Groups.PRACTITIONERS, Groups.SENIOR_PRACTITIONERS,
            Groups.TEAM_MANAGERS, Groups.SERVICE_MANAGERS, Groups.SAFEGUARDING),
            () -> new Call("POST", "/api/people/" + person().getId() + "/death", Map.of("dateOfDeath",
                LocalDate.now().minusDays(2).toString(), "howKnown", "Her daughter rang the front door"))),
        new Route("propose merging two records", Set.of(Groups.PRACTITIONERS, Groups.SENIOR_PRACTITIONERS),
            () -> new Call("POST", "/api/people/" + person().getId() + "/merges",
                Map.of("duplicatePersonId", person().getId().toString(), "reason", "Same person"))),
        new Route("decide a merge", Set.of(Groups.TEAM_MANAGERS), this::mergeDecision),
        new Route("take a carer on", Set.of(Groups.CARERS_CENTRE),
            () -> new Call("POST", "/api/carers/conversations", Map.of("caredForId", person().getId().toString()))),
        new Route("restrict a record", Set.of(Groups.TEAM_MANAGERS),
            () -> new Call("PUT", "/api/people/" + person().getId() + "/restriction",
                Map.of("reason", "Works here", "groups", List.of("safeguarding")))),
        new Route("lift a restriction", Set.of(Groups.TEAM_MANAGERS),
            () -> new Call("DELETE", "/api/people/" + restrictedPerson() + "/restriction", null)),
        new Route("define a team", Set.of(Groups.SERVICE_MANAGERS, Groups.PROCESS_OWNERS),
            () -> new Call("POST", "/api/teams", Map.of("name", "Matrix " + UUID.randomUUID(),
                "managerUserId", "teammanager2"))),
        new Route("add a worker to a team", Set.of(Groups.SERVICE_MANAGERS, Groups.PROCESS_OWNERS),
            () -> new Call("POST", "/api/teams/" + team + "/members", Map.of("workerUserId", worker()))),
        new Route("take a worker out of a team", Set.of(Groups.SERVICE_MANAGERS, Groups.PROCESS_OWNERS),
            () -> new Call("DELETE", "/api/teams/" + team + "/members/" + memberOf(team), null)),
        new Route("transfer a case to another team and worker", Set.of(Groups.TEAM_MANAGERS), () -> {
          Object caseOf = runtime.getVariable(letsTalk1HeldBy("practitioner"), "personId");
          return new Call("POST", "/api/people/" + caseOf + "/transfer", Map.of("toTeamId", otherTeam.toString(),
              "toWorker", memberOf(otherTeam), "reason", "Moved to the other side of the borough"));
        }),
        new Route("move a worker to another team", Set.of(Groups.SERVICE_MANAGERS, Groups.PROCESS_OWNERS),
            () -> new Call("POST", "/api/teams/" + team + "/members/" + memberOf(team) + "/move",
                Map.of("toTeamId", otherTeam.toString()))),
        // Everyone chooses their own email notices, and only their own: the route names nobody else.
        new Route("choose one's own email notices", Set.copyOf(Groups.ALL),
            () -> new Call("PUT", "/api/me/notices", Map.of("emails", true))));

    List<DynamicTest> checks = new ArrayList<>();
    for (Route route : routes) {
      for (String group : Groups.ALL) {
        checks.add(dynamicTest(group + ": " + route.name(), () -> {
          String user = SecurityFixtures.onlyIn(identity, group);
          Call call = route.request().get();
          Map<String, Long> before = rowCounts();
          HttpResponse<String> answer = send(user, SecurityFixtures.PASSWORD, call);
          if (route.allowed().contains(group)) {
            assertThat(answer.statusCode()).as(group + " " + route.name() + ": " + answer.body()).isBetween(200, 299);
          } else {
            assertThat(answer.statusCode()).as(group + " " + route.name() + ": " + answer.body())
                .isIn(403, route.refused());
            assertThat(rowCounts()).as(group + " " + route.name() + " stores nothing").isEqualTo(before);
          }
        }));
      }
    }
    return checks.stream();
  }

  private Map<String, Object> withReason(Map<String, Object> note) {
    Map<String, Object> correction = new HashMap<>(note);
    correction.put("correctionReason", "Wrong date");
    return correction;
  }

  private Person person() {
    return people.save(Person.from(new PersonDetails("Route", "Matrix" + UUID.randomUUID().toString().substring(0, 8),
        LocalDate.of(1950, 1, 1), null, "M33 7XX", null, null, null, null), Instant.now()));
  }

  private String note(UUID person) {
    return String.valueOf(call("practitioner", "demo",
        new Call("POST", "/api/people/" + person + "/notes", BadInputTest.note())).get("noteId"));
  }

  private String alert(UUID person) {
    return String.valueOf(call("teammanager", "demo", new Call("POST", "/api/people/" + person + "/alerts",
        Map.of("kind", "RISK_TO_STAFF", "detail", "A dog that bites"))).get("id"));
  }

  private String deletionRequest(UUID person) {
    return String.valueOf(call("practitioner", "demo", new Call("POST", "/api/people/" + person + "/notes/"
        + note(person) + "/deletion-requests", Map.of("reason", "Wrong file"))).get("id"));
  }

  /** A merge a practitioner proposed, and its approval. */
  private Call mergeDecision() {
    UUID survivor = person().getId();
    String mergeId = String.valueOf(call("practitioner", "demo", new Call("POST", "/api/people/" + survivor
        + "/merges", Map.of("duplicatePersonId", person().getId().toString(), "reason", "Same person"))).get("id"));
    return new Call("POST", "/api/people/" + survivor + "/merges/" + mergeId + "/decision", Map.of("approve", true));
  }

  private UUID restrictedPerson() {
    UUID person = person().getId();
    call("teammanager", "demo", new Call("PUT", "/api/people/" + person + "/restriction",
        Map.of("reason", "Works here", "groups", List.of("safeguarding"))));
    return person;
  }

  /** A worker in no team yet: a worker is in one team. */
  /** A worker just put in the team, as its editors would. */
  private String memberOf(UUID team) {
    String worker = worker();
    call("servicemanager", "demo", new Call("POST", "/api/teams/" + team + "/members", Map.of("workerUserId", worker)));
    return worker;
  }

  private String worker() {
    return SecurityFixtures.ensure(identity, "matrix-worker-" + UUID.randomUUID().toString().substring(0, 8),
        List.of(Groups.PRACTITIONERS));
  }

  private String activePlanWithReviews(UUID person) {
    UUID drafted = plans.draft(person, PlanType.CARE_AND_SUPPORT, Delivery.COUNCIL_ARRANGED, new BigDecimal("80.00"),
        "practitioner", Groups.PRACTITIONERS).getId();
    plans.activate(drafted, "teammanager");
    return reviewCycles.startFor(drafted).getId().toString();
  }

  /** A Let's Talk 1 under way with {@code worker}, reached the way the front door gets there. */
  private String letsTalk1HeldBy(String worker) {
    Map<String, Object> contact = call("frontdoor", "demo", new Call("POST", "/api/contacts", BadInputTest.contact()));
    String outcomeTask = tasks.createTaskQuery().processInstanceId((String) contact.get("processInstanceId"))
        .taskDefinitionKey("Task_DecideContactOutcome").singleResult().getId();
    Map<String, Object> variables = new HashMap<>();
    ConversationFixtures.newCaseFor(worker).forEach((name, value) -> variables.put(name, Map.of("value", value)));
    HttpResponse<String> decided = send("frontdoor", "demo", new Call("POST",
        "/engine-rest/task/" + outcomeTask + "/submit-form", Map.of("variables", variables)));
    assertThat(decided.statusCode()).as(decided.body()).isEqualTo(204);
    return runtime.createProcessInstanceQuery().processDefinitionKey("lets-talk-1")
        .variableValueEquals("personId", contact.get("personId").toString()).singleResult().getId();
  }

  private Map<String, Long> rowCounts() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String table : jdbc.queryForList("select table_name from information_schema.tables where table_schema = "
        + "current_schema() and table_type = 'BASE TABLE' and table_name not like 'act\\_%' and table_name not like "
        + "'flyway%' and table_name not in ('record_access', 'spring_session', 'spring_session_attributes') "
        + "order by table_name", String.class)) {
      counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
    }
    counts.put("process instances", runtime.createProcessInstanceQuery().count());
    return counts;
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> call(String user, String password, Call call) {
    HttpResponse<String> answer = send(user, password, call);
    assertThat(answer.statusCode()).as(call.path() + ": " + answer.body()).isBetween(200, 299);
    try {
      return answer.body().isBlank() ? Map.of() : json.readValue(answer.body(), Map.class);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The JDK's client, which sends PATCH too. */
  private HttpResponse<String> send(String user, String password, Call call) {
    try {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http.getRootUri() + call.path()))
          .header("Authorization", "Basic " + Base64.getEncoder()
              .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
          .header("Content-Type", "application/json");
      HttpRequest.BodyPublisher body = call.body() == null ? HttpRequest.BodyPublishers.noBody()
          : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(call.body()));
      return HttpClient.newHttpClient().send(request.method(call.method(), body).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
