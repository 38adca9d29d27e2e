package org.letstalk.upkeep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.letstalk.conversation.ConversationFixtures.contactAbout;
import static org.letstalk.conversation.ConversationFixtures.newCaseFor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.letstalk.PostgresTest;
import org.letstalk.conversation.ConversationTestSupport;
import org.letstalk.identity.Groups;
import org.letstalk.person.Person;
import org.letstalk.person.PersonDetails;
import org.letstalk.person.PersonMergeRepository;
import org.letstalk.person.PersonRepository;
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
 * Two records of one person become one: a practitioner proposes, a team manager who is not the proposer approves,
 * and everything on the record merged away moves in one transaction. Records that cannot be one person, or whose
 * open cases cannot become one, are refused naming them.
 */
@PostgresTest
class RecordMergeTest extends ConversationTestSupport {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
  };

  /** Practitioner and team manager at once: may propose, and may not then approve their own proposal. */
  private static final String BOTH = "merge-practitioner-manager";

  @Autowired
  TestRestTemplate http;

  @Autowired
  PersonRepository people;

  @Autowired
  PersonMergeRepository merges;

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void aProposedMergeIsApprovedByAnotherTeamManagerAndEverythingMovesToTheSurvivingRecord() {
    ensureUser(BOTH, Groups.PRACTITIONERS, Groups.TEAM_MANAGERS);
    String nhs = nhsNumber();
    Person survivor = person("Marjorie", null);
    Person duplicate = person("Marjorie", nhs);
    for (Person p : List.of(survivor, duplicate)) {
      assertThat(post("practitioner", "/api/people/" + p.getId() + "/notes", Map.of("date", "2024-05-05",
          "kind", "VISIT", "category", "VERIFIED_FACT", "text", "Visited " + p.getId())).getStatusCode().value())
          .isEqualTo(201);
    }
    int duplicateAccesses = count("record_access", duplicate.getId());
    assertThat(duplicateAccesses).isPositive();

    ResponseEntity<Map<String, Object>> proposed = post(BOTH, "/api/people/" + survivor.getId() + "/merges",
        Map.of("duplicatePersonId", duplicate.getId().toString(), "reason", "Same woman: same birthday and street"));
    assertThat(proposed.getStatusCode().value()).as(String.valueOf(proposed.getBody())).isEqualTo(201);
    assertThat(proposed.getBody()).containsEntry("status", "PROPOSED");
    String mergeId = (String) proposed.getBody().get("id");
    String decision = "/api/people/" + survivor.getId() + "/merges/" + mergeId + "/decision";

    ProcessInstance process = runtime.createProcessInstanceQuery().processDefinitionKey("record-merge")
        .processInstanceBusinessKey(mergeId).singleResult();
    Task task = taskService.createTaskQuery().processInstanceId(process.getId()).singleResult();
    assertThat(task.getName()).startsWith("Merge two records? Marjorie");
    assertThat(taskService.getIdentityLinksForTask(task.getId())).extracting(l -> l.getGroupId())
        .containsExactly("team-managers");

    assertThat(post(BOTH, decision, Map.of("approve", true)).getStatusCode().value())
        .as("the proposer, though a team manager").isEqualTo(403);
    assertThat(post("practitioner2", decision, Map.of("approve", true)).getStatusCode().value())
        .as("a practitioner").isEqualTo(403);
    assertThat(count("case_note", duplicate.getId())).as("nothing moved yet").isEqualTo(1);
    assertThat(post("teammanager", decision, Map.of("approve", false)).getBody())
        .containsEntry("field", "decisionReason");

    ResponseEntity<Map<String, Object>> approved = post("teammanager", decision, Map.of("approve", true));

    assertThat(approved.getStatusCode().value()).as(String.valueOf(approved.getBody())).isEqualTo(200);
    assertThat(approved.getBody()).containsEntry("status", "APPROVED").containsEntry("decidedBy", "teammanager");
    assertThat((String) approved.getBody().get("moved")).contains("case_note.person_id 1")
        .contains("record_access.person_id");
    assertThat(count("case_note", duplicate.getId())).isZero();
    assertThat(count("case_note", survivor.getId())).isEqualTo(2);
    assertThat(count("record_access", duplicate.getId())).as("the access log moved too").isZero();
    Person merged = people.findById(duplicate.getId()).orElseThrow();
    assertThat(merged.getMergedInto()).isEqualTo(survivor.getId());
    assertThat(merged.getNhsNumber()).isNull();
    assertThat(people.findById(survivor.getId()).orElseThrow().getNhsNumber()).isEqualTo(nhs);
    assertThat(process).isNotNull();
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(process.getId()).count()).isZero();

    String page = http.withBasicAuth("practitioner", "demo")
        .exchange("/people/" + survivor.getId(), HttpMethod.GET, null, String.class).getBody();
    assertThat(page).contains("The record of Marjorie").contains("was merged into this one")
        .contains("proposed by Test merge-practitioner-manager").contains("approved by Tessa Morgan");
    int logged = count("record_access", survivor.getId());
    assertThat(get("practitioner", "/api/people/" + survivor.getId() + "/merges")).contains("APPROVED");
    assertThat(count("record_access", survivor.getId())).as("reading the merges is logged").isEqualTo(logged + 1);
  }

  @Test
  void twoNhsNumbersAreTwoPeopleAndTheMergeIsRefusedNamingThem() {
    String first = nhsNumber();
    String second = nhsNumber();
    Person one = person("Norman", first);
    Person other = person("Norman", second);

    ResponseEntity<Map<String, Object>> refused = post("practitioner", "/api/people/" + one.getId() + "/merges",
        Map.of("duplicatePersonId", other.getId().toString(), "reason", "Looks like him"));

    assertThat(refused.getStatusCode().value()).isEqualTo(409);
    assertThat((String) refused.getBody().get("message")).contains("NHS numbers differ").contains(first)
        .contains(second);
    assertThat(merges.involving(one.getId())).isEmpty();
  }

  @Test
  void twoOpenCasesCannotBecomeOneAndTheRefusalNamesBoth() {
    UUID first = personOf(involvementFrom(contactAbout("Olwen"), newCaseFor("practitioner")));
    UUID second = personOf(involvementFrom(contactAbout("Olwen"), newCaseFor("practitioner2")));

    ResponseEntity<Map<String, Object>> refused = post("practitioner", "/api/people/" + first + "/merges",
        Map.of("duplicatePersonId", second.toString(), "reason", "Same woman"));

    assertThat(refused.getStatusCode().value()).isEqualTo(409);
    assertThat((String) refused.getBody().get("message")).contains("both records have an open case")
        .contains(first.toString()).contains(second.toString());
    assertThat(merges.involving(first)).isEmpty();

    Person plain = person("Olwen", null);
    ResponseEntity<Map<String, Object>> wrongWay = post("practitioner", "/api/people/" + plain.getId() + "/merges",
        Map.of("duplicatePersonId", second.toString(), "reason", "Same woman"));
    assertThat(wrongWay.getStatusCode().value()).isEqualTo(409);
    assertThat((String) wrongWay.getBody().get("message")).contains("has work under way")
        .contains("merge " + plain.getId() + " into it instead");
    assertThat(post("practitioner", "/api/people/" + second + "/merges",
        Map.of("duplicatePersonId", plain.getId().toString(), "reason", "Same woman")).getStatusCode().value())
        .as("the other way round").isEqualTo(201);
  }

  @Test
  void aProposalWithBadInputNamesEveryFieldAndStartsNothing() {
    Person one = person("Percy", null);

    ResponseEntity<Map<String, Object>> refused = post("practitioner", "/api/people/" + one.getId() + "/merges",
        Map.of("duplicatePersonId", "not-an-id"));

    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> problems = (List<Map<String, Object>>) refused.getBody().get("problems");
    assertThat(problems).extracting(p -> p.get("field")).containsExactlyInAnyOrder("duplicatePersonId", "reason");
    assertThat(post("frontdoor", "/api/people/" + one.getId() + "/merges", Map.of("duplicatePersonId",
        person("Percy", null).getId().toString(), "reason", "Same man")).getStatusCode().value())
        .as("the front door does not propose merges").isEqualTo(403);
    assertThat(merges.involving(one.getId())).isEmpty();
  }

  private Person person(String given, String nhs) {
    return people.save(Person.from(new PersonDetails(given, "Merge" + UUID.randomUUID().toString().substring(0, 8),
        LocalDate.of(1938, 3, 3), nhs, null, null, null, null, null), Instant.now()));
  }

  private int count(String table, UUID personId) {
    return jdbc.queryForObject("select count(*) from " + table + " where person_id = ?", Integer.class, personId);
  }

  private void ensureUser(String userId, String... groups) {
    if (identity.createUserQuery().userId(userId).count() == 0) {
      User user = identity.newUser(userId);
      user.setFirstName("Test");
      user.setLastName(userId);
      user.setPassword("demo");
      identity.saveUser(user);
      for (String group : groups) {
        identity.createMembership(userId, group);
      }
    }
  }

  private static String nhsNumber() {
    while (true) {
      StringBuilder digits = new StringBuilder();
      int sum = 0;
      for (int i = 0; i < 9; i++) {
        int d = ThreadLocalRandom.current().nextInt(10);
        digits.append(d);
        sum += d * (10 - i);
      }
      int check = 11 - sum % 11;
      if (check == 11) {
        check = 0;
      }
      if (check != 10) {
        return digits.append(check).toString();
      }
    }
  }

  private String get(String user, String path) {
    return http.withBasicAuth(user, "demo").exchange(path, HttpMethod.GET, null, String.class).getBody();
  }

  private ResponseEntity<Map<String, Object>> post(String user, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST,
        new HttpEntity<>(new HashMap<>((Map<?, ?>) body), headers), JSON);
  }
}
