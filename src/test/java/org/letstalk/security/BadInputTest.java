package org.letstalk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.letstalk.review.flow.StartReviewCycle;
import org.letstalk.PostgresTest;
import org.letstalk.conversation.ConversationFixtures;
import org.letstalk.plan.Delivery;
import org.letstalk.plan.PlanType;
import org.letstalk.plan.SupportPlans;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Malformed, oversized, wrongly typed and injection-shaped input to every domain endpoint that writes, and to task
 * completion: refused with a 4xx and nothing stored, or, for free text only, kept as inert text (never run as SQL,
 * as an expression or as script; {@code record.PersonRecordPageTest} shows such text escaped on the page).
 */
@PostgresTest
class BadInputTest {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
  };

  static final String SQL = "'; drop table person; --";
  static final String SCRIPT = "<script>alert(1)</script>";
  static final String JUEL = "${execution.setVariable('injected', true)}";
  static final String DEFERRED = "#{execution.setVariable('injected', true)}";
  static final String HUGE = "x".repeat(100_000);

  /** Values no field of the domain takes. */
  static final Map<String, Object> NEVER_VALID = new LinkedHashMap<>();

  static {
    NEVER_VALID.put("huge string", HUGE);
    NEVER_VALID.put("object", Map.of("nested", 1));
    NEVER_VALID.put("array", List.of(1, 2));
    NEVER_VALID.put("huge number", 1e308);
    NEVER_VALID.put("negative number", -1);
    NEVER_VALID.put("long number", Long.MAX_VALUE);
    // PostgreSQL cannot store NUL: it used to get as far as the database and end in a 500.
    NEVER_VALID.put("NUL character", "Mary\u0000Jones");
    NEVER_VALID.put("control character", "Mary\u0007\u001bJones");
  }

  /** What no date field takes. */
  static final List<String> NOT_DATES = List.of("2024-02-30", "2024-13-01", "30/01/2024", "yesterday");

  /** Text that is harmless as text; a free-text field may keep it, any other field refuses it. */
  static final List<String> INJECTION = List.of(SQL, SCRIPT, JUEL, DEFERRED);

  @Autowired
  TestRestTemplate http;

  @Autowired
  StartReviewCycle reviewCycles;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  RuntimeService runtime;

  @Autowired
  TaskService tasks;

  @Autowired
  HistoryService history;

  @Autowired
  SupportPlans plans;

  record Endpoint(String name, String user, Supplier<String> path, Supplier<Map<String, Object>> valid,
      List<String> freeText) {
  }

  @TestFactory
  Stream<DynamicTest> everyWritingEndpointRefusesBadInputAndStoresNothing() {
    String practitioner = "practitioner";
    String personId = createdContact().get("personId").toString();
    Map<String, Object> note = note();
    String noteId = (String) post(practitioner, "/api/people/" + personId + "/notes", note).getBody().get("noteId");
    String otherNote = (String) post(practitioner, "/api/people/" + personId + "/notes", note).getBody().get("noteId");
    String requestId = (String) post(practitioner, "/api/people/" + personId + "/notes/" + otherNote
        + "/deletion-requests", Map.of("reason", "Wrong file")).getBody().get("id");
    String teamId = post("servicemanager", "/api/teams", Map.of("name", "Fuzz " + UUID.randomUUID(),
        "managerUserId", "teammanager2")).getBody().get("id").toString();
    Map<String, Object> correction = new HashMap<>(note);
    correction.put("correctionReason", "Typo in the date");
    String letsTalk1 = letsTalk1HeldBy(practitioner);
    UUID drafted = plans.draft(UUID.fromString(createdContact().get("personId").toString()),
        PlanType.CARE_AND_SUPPORT, Delivery.COUNCIL_ARRANGED, new BigDecimal("80.00"), practitioner,
        "practitioners").getId();
    plans.activate(drafted, "teammanager");
    String planId = reviewCycles.startFor(drafted).getId().toString();
    String documentId = jdbc.queryForObject("select id::text from person_document where source_id = ?", String.class,
        drafted);

    List<Endpoint> endpoints = List.of(
        new Endpoint("new contact", "frontdoor", () -> "/api/contacts", BadInputTest::contact,
            List.of("presentingNeed", "givenName", "familyName", "contactName", "contactRelationship", "address",
                "communicationNeeds", "preferredLanguage", "safeguardingDetail")),
        new Endpoint("safeguarding concern", "frontdoor", () -> "/api/safeguarding-concerns", BadInputTest::concern,
            List.of("personName", "reportedBy", "concernDescription", "allegedPersonName", "allegedPersonRelationship",
                "personWants")),
        new Endpoint("case note", practitioner, () -> "/api/people/" + personId + "/notes", BadInputTest::note,
            List.of("text", "evidence")),
        new Endpoint("note correction", practitioner, () -> "/api/people/" + personId + "/notes/" + noteId + "/versions",
            () -> correction, List.of("text", "evidence", "correctionReason")),
        new Endpoint("note deletion request", practitioner,
            () -> "/api/people/" + personId + "/notes/" + noteId + "/deletion-requests",
            () -> Map.of("reason", "Wrong file"), List.of("reason")),
        new Endpoint("note deletion decision", "teammanager",
            () -> "/api/note-deletion-requests/" + requestId + "/decision",
            () -> Map.of("approve", false, "decisionReason", "Not on the wrong file"), List.of("decisionReason")),
        new Endpoint("team", "servicemanager", () -> "/api/teams",
            () -> Map.of("name", "Fuzz " + UUID.randomUUID(), "managerUserId", "teammanager2",
                "serviceManagerUserId", "servicemanager"), List.of("name")),
        new Endpoint("team member", "servicemanager", () -> "/api/teams/" + teamId + "/members",
            () -> Map.of("workerUserId", "practitioner2"), List.of()),
        new Endpoint("safeguarding concern in a conversation", practitioner,
            () -> "/api/conversations/" + letsTalk1 + "/safeguarding-concerns", BadInputTest::concernInConversation,
            List.of("concernDescription", "allegedPersonName", "allegedPersonRelationship", "personWants")),
        new Endpoint("early review request", practitioner, () -> "/api/reviews/requests",
            () -> Map.of("supportPlanId", planId, "requesterRole", "CARER", "requestedBy", "Ann Carer",
                "requestReason", "Falls at night"), List.of("requestedBy", "requestReason")),
        new Endpoint("document given", practitioner, () -> "/api/documents/" + documentId + "/given",
            () -> Map.of("how", "POST"), List.of()));

    List<DynamicTest> checks = new ArrayList<>();
    for (Endpoint endpoint : endpoints) {
      checks.add(dynamicTest(endpoint.name() + ": malformed bodies", () -> {
        for (String body : List.of("{", "[]", "\"text\"", "{\"a\":", "", "x".repeat(2_000_000))) {
          refusedAndNothingStored(endpoint.name() + " <" + body.substring(0, Math.min(body.length(), 10)) + ">",
              () -> postRaw(endpoint.user(), endpoint.path().get(), body));
        }
      }));
      checks.add(dynamicTest(endpoint.name() + ": every field", () -> {
        for (String field : endpoint.valid().get().keySet()) {
          NEVER_VALID.forEach((kind, value) -> refusedAndNothingStored(endpoint.name() + " " + field + " " + kind,
              () -> post(endpoint.user(), endpoint.path().get(), with(endpoint.valid().get(), field, value))));
          if (String.valueOf(endpoint.valid().get().get(field)).matches("\\d{4}-\\d{2}-\\d{2}")) {
            NOT_DATES.forEach(value -> refusedAndNothingStored(endpoint.name() + " " + field + " " + value,
                () -> post(endpoint.user(), endpoint.path().get(), with(endpoint.valid().get(), field, value))));
          }
          if (!endpoint.freeText().contains(field)) {
            INJECTION.forEach(value -> refusedAndNothingStored(endpoint.name() + " " + field + " " + value,
                () -> post(endpoint.user(), endpoint.path().get(), with(endpoint.valid().get(), field, value))));
          }
        }
      }));
    }
    // The running conversation and the active plan set up for the last two endpoints are right: well-formed input
    // passes there, so their refusals above are about the input.
    checks.add(dynamicTest("well-formed input to a conversation's concern and an early review is accepted", () -> {
      for (Endpoint endpoint : endpoints.subList(endpoints.size() - 2, endpoints.size())) {
        assertThat(post(endpoint.user(), endpoint.path().get(), endpoint.valid().get()).getStatusCode().is2xxSuccessful())
            .as(endpoint.name()).isTrue();
      }
    }));
    checks.add(dynamicTest("free text keeps injection-shaped input as text", () -> {
      Map<String, Object> injected = contact();
      injected.put("presentingNeed", SQL + " " + SCRIPT + " " + JUEL + " " + DEFERRED);
      injected.put("givenName", "Robert'); drop table person;--");
      ResponseEntity<Map<String, Object>> answer = post("frontdoor", "/api/contacts", injected);
      assertThat(answer.getStatusCode().value()).isEqualTo(201);
      assertThat(answer.getBody().get("presentingNeed")).isEqualTo(injected.get("presentingNeed"));
      assertThat(jdbc.queryForObject("select count(*) from person", Long.class)).isPositive();
      String page = http.withBasicAuth("practitioner", "demo")
          .getForEntity("/people/" + answer.getBody().get("personId"), String.class).getBody();
      assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain(SCRIPT)
          .contains("${execution.setVariable(").contains("Robert&#39;); drop table person;--");
      assertThat(history.createHistoricVariableInstanceQuery().variableName("injected").count())
          .as("no expression in the input ran").isZero();
    }));
    checks.add(dynamicTest("a NUL character is refused naming its field, on our API and the engine's", () -> {
      Map<String, Object> contact = contact();
      contact.put("givenName", "Mary\u0000");
      ResponseEntity<Map<String, Object>> ours = post("frontdoor", "/api/contacts", contact);
      assertThat(ours.getStatusCode().value()).isEqualTo(400);
      assertThat(ours.getBody()).containsEntry("field", "givenName");
      String taskId = tasks.createTaskQuery().processInstanceId((String) createdContact().get("processInstanceId"))
          .taskDefinitionKey("Task_DecideContactOutcome").singleResult().getId();
      ResponseEntity<String> engine = postRaw(practitioner, "/engine-rest/task/" + taskId + "/complete",
          "{\"variables\": {\"outcomeReason\": {\"value\": \"Lunch\\u0000club\"}}}");
      assertThat(engine.getStatusCode().value()).isEqualTo(400);
      assertThat(engine.getBody()).contains("\"field\":\"outcomeReason\"");
      ResponseEntity<String> search = http.withBasicAuth(practitioner, "demo")
          .getForEntity("/api/people?name={name}", String.class, "Mary\u0000");
      assertThat(search.getStatusCode().value()).isEqualTo(400);
      assertThat(search.getBody()).contains("\"field\":\"name\"");
    }));
    checks.add(dynamicTest("task completion and its form refuse bad variables", () -> {
      Map<String, Object> contact = createdContact();
      String taskId = tasks.createTaskQuery().processInstanceId((String) contact.get("processInstanceId"))
          .taskDefinitionKey("Task_DecideContactOutcome").singleResult().getId();
      Map<String, Object> outcome = Map.of("outcome", "INFORMATION_AND_ADVICE", "outcomeReason",
          "Needs met by a local lunch club", "informationGiven", "Age UK lunch club details");
      for (String field : outcome.keySet()) {
        List<Object> bad = new ArrayList<>(NEVER_VALID.values());
        if (!field.equals("outcomeReason") && !field.equals("informationGiven")) {
          bad.addAll(INJECTION);
        }
        for (Object value : bad) {
          for (String action : List.of("complete", "submit-form")) {
            refusedAndNothingStored(action + " " + field, () -> post(practitioner, "/engine-rest/task/" + taskId + "/"
                + action, Map.of("variables", variables(with(outcome, field, value)))));
            assertThat(tasks.createTaskQuery().taskId(taskId).count()).as("the task stays open").isOne();
          }
        }
      }
      for (String body : List.of("{", "{\"variables\": 3}", "{\"variables\": {\"outcome\": \"NEW_CASE\"}}")) {
        refusedAndNothingStored("complete " + body, () -> postRaw(practitioner, "/engine-rest/task/" + taskId
            + "/complete", body));
      }
      // A Java object the engine has no serializer for: refused, though the engine API answers it with a 500.
      String object = "{\"variables\": {\"outcome\": {\"value\": \"NEW_CASE\", \"type\": \"Object\", \"valueInfo\": "
          + "{\"objectTypeName\": \"java.io.File\", \"serializationDataFormat\": \"application/json\"}}}}";
      Map<String, Long> before = rowCounts();
      assertThat(postRaw(practitioner, "/engine-rest/task/" + taskId + "/complete", object).getStatusCode().value())
          .isGreaterThanOrEqualTo(400);
      String serialized = "{\"variables\": {\"outcome\": {\"value\": \"rO0ABXQACE5FV19DQVNF\", \"type\": \"Object\", "
          + "\"valueInfo\": {\"objectTypeName\": \"java.lang.String\", \"serializationDataFormat\": "
          + "\"application/x-java-serialized-object\"}}}}";
      for (String path : List.of("/engine-rest/task/" + taskId + "/complete",
          "/engine-rest/process-definition/key/new-contact/start")) {
        ResponseEntity<String> javaObject = postRaw(practitioner, path, serialized);
        assertThat(javaObject.getStatusCode().value()).as(path).isEqualTo(400);
        assertThat(javaObject.getBody()).contains("outcome", "Java object");
      }
      assertThat(rowCounts()).isEqualTo(before);
      assertThat(tasks.createTaskQuery().taskId(taskId).count()).isOne();
    }));
    return checks.stream();
  }

  private void refusedAndNothingStored(String what, Supplier<ResponseEntity<?>> request) {
    Map<String, Long> before = rowCounts();
    ResponseEntity<?> answer = request.get();
    assertThat(answer.getStatusCode().value()).as(what + ": " + abbreviated(answer.getBody())).isBetween(400, 499);
    assertThat(rowCounts()).as(what + " stores nothing").isEqualTo(before);
  }

  private Map<String, Long> rowCounts() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String table : jdbc.queryForList("select table_name from information_schema.tables where table_schema = "
        + "current_schema() and table_type = 'BASE TABLE' and table_name not like 'act\\_%' and table_name not like "
        + "'flyway%' and table_name <> 'record_access' order by table_name", String.class)) {
      counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
    }
    counts.put("process instances", runtime.createProcessInstanceQuery().count());
    return counts;
  }

  /** A Let's Talk 1 under way with {@code worker}, reached the way the front door gets there. */
  private String letsTalk1HeldBy(String worker) {
    Map<String, Object> contact = createdContact();
    String outcomeTask = tasks.createTaskQuery().processInstanceId((String) contact.get("processInstanceId"))
        .taskDefinitionKey("Task_DecideContactOutcome").singleResult().getId();
    assertThat(post("frontdoor", "/engine-rest/task/" + outcomeTask + "/submit-form",
        Map.of("variables", variables(ConversationFixtures.newCaseFor(worker)))).getStatusCode().value()).isEqualTo(204);
    return runtime.createProcessInstanceQuery().processDefinitionKey("lets-talk-1")
        .variableValueEquals("personId", contact.get("personId").toString()).singleResult().getId();
  }

  static Map<String, Object> concernInConversation() {
    Map<String, Object> concern = new HashMap<>();
    concern.put("concernDescription", "Bruises on both arms; says her lodger pushes her");
    concern.put("abuseType", "PHYSICAL");
    concern.put("allegedPersonName", "Kev Lodger");
    concern.put("allegedPersonRelationship", "Lodger");
    concern.put("immediateDanger", false);
    concern.put("personWants", "The lodger to leave");
    return concern;
  }

  private Map<String, Object> createdContact() {
    ResponseEntity<Map<String, Object>> answer = post("frontdoor", "/api/contacts", contact());
    assertThat(answer.getStatusCode().value()).as("the contact is recorded: %s", answer.getBody()).isEqualTo(201);
    return answer.getBody();
  }

  static Map<String, Object> contact() {
    Map<String, Object> form = new HashMap<>();
    form.put("givenName", "Fuzz");
    form.put("familyName", "Test" + UUID.randomUUID().toString().substring(0, 8));
    form.put("dateOfBirth", "1944-03-02");
    form.put("postcode", "M33 7XX");
    form.put("routeOfAccess", "SELF");
    form.put("contactMethod", "PHONE");
    form.put("presentingNeed", "Home from hospital after a hip replacement");
    form.put("consentToShare", true);
    return form;
  }

  static Map<String, Object> concern() {
    Map<String, Object> form = new HashMap<>();
    form.put("personName", "Edna Fuzz" + UUID.randomUUID().toString().substring(0, 8));
    form.put("reportedBy", "PC Jones, 0161 000 0001");
    form.put("concernDescription", "Her nephew collects her pension");
    form.put("abuseType", "FINANCIAL_OR_MATERIAL");
    form.put("immediateDanger", false);
    return form;
  }

  static Map<String, Object> note() {
    Map<String, Object> note = new HashMap<>();
    note.put("date", "2023-03-03");
    note.put("kind", "VISIT");
    note.put("category", "VERIFIED_FACT");
    note.put("text", "Visited; all well");
    return note;
  }

  private static Map<String, Object> with(Map<String, Object> form, String field, Object value) {
    Map<String, Object> copy = new HashMap<>(form);
    copy.put(field, value);
    return copy;
  }

  private static Map<String, Object> variables(Map<String, Object> form) {
    Map<String, Object> variables = new HashMap<>();
    form.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    return variables;
  }

  private static String abbreviated(Object body) {
    String text = String.valueOf(body);
    return text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }

  private ResponseEntity<Map<String, Object>> post(String user, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JSON);
  }

  private ResponseEntity<String> postRaw(String user, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers),
        String.class);
  }
}
