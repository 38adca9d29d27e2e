package org.letstalk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.letstalk.PostgresTest;
import org.letstalk.identity.Groups;
import org.letstalk.person.Person;
import org.letstalk.person.PersonChangeRepository;
import org.letstalk.person.PersonDetails;
import org.letstalk.person.PersonMerge;
import org.letstalk.person.RecordMerges;
import org.letstalk.person.PersonRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The routes that keep a person's record true, tried by a user of each group: allowed to the groups whose work
 * needs them, refused (403) to every other with nothing changed.
 */
@PostgresTest
class RecordUpkeepRoutesTest {

  @Autowired
  TestRestTemplate http;

  @Autowired
  RestTemplateBuilder builder;

  @Autowired
  IdentityService identity;

  @Autowired
  PersonRepository people;

  @Autowired
  PersonChangeRepository changes;

  @Autowired
  RuntimeService runtime;

  @Autowired
  RecordMerges merges;

  /**
   * Who keeps the details of a person they may read; the carers' centre keeps those of carers and the people they
   * care for, so not this person's.
   */
  static final Set<String> KEEP_DETAILS = Set.of(Groups.FRONT_DOOR, Groups.PRACTITIONERS,
      Groups.SENIOR_PRACTITIONERS, Groups.TEAM_MANAGERS, Groups.SERVICE_MANAGERS, Groups.SAFEGUARDING);

  @TestFactory
  Stream<DynamicTest> changingDetailsIsForThoseWhoWorkWithThePerson() {
    return Groups.ALL.stream().map(group -> dynamicTest(group, () -> {
      UUID personId = person().getId();
      String user = SecurityFixtures.onlyIn(identity, group);
      ResponseEntity<String> answer = send(user, HttpMethod.PATCH, "/api/people/" + personId + "/details",
          Map.of("phone", "0161 999 8888"));
      if (KEEP_DETAILS.contains(group)) {
        assertThat(answer.getStatusCode().value()).as(group + ": " + answer.getBody()).isEqualTo(200);
        assertThat(people.findById(personId).orElseThrow().getPhone()).isEqualTo("0161 999 8888");
        assertThat(changes.findByPersonIdOrderByChangedAtAscIdAsc(personId)).singleElement()
            .satisfies(change -> assertThat(change.getChangedBy()).isEqualTo(user));
      } else {
        assertThat(answer.getStatusCode().value()).as(group + ": " + answer.getBody()).isEqualTo(403);
        assertThat(people.findById(personId).orElseThrow().getPhone()).isNull();
        assertThat(changes.findByPersonIdOrderByChangedAtAscIdAsc(personId)).isEmpty();
      }
    }));
  }

  @TestFactory
  Stream<DynamicTest> recordingADeathIsForThoseWhoWorkWithThePerson() {
    return Groups.ALL.stream().map(group -> dynamicTest(group, () -> {
      UUID personId = person().getId();
      String user = SecurityFixtures.onlyIn(identity, group);
      ResponseEntity<String> answer = send(user, HttpMethod.POST, "/api/people/" + personId + "/death",
          Map.of("dateOfDeath", LocalDate.now().toString(), "howKnown", "Matrix"));
      long followed = runtime.createProcessInstanceQuery().processDefinitionKey("person-died")
          .processInstanceBusinessKey(personId.toString()).count();
      if (KEEP_DETAILS.contains(group)) {
        assertThat(answer.getStatusCode().value()).as(group + ": " + answer.getBody()).isEqualTo(201);
        assertThat(people.findById(personId).orElseThrow().getDateOfDeath()).isEqualTo(LocalDate.now());
        assertThat(followed).isOne();
      } else {
        assertThat(answer.getStatusCode().value()).as(group + ": " + answer.getBody()).isEqualTo(403);
        assertThat(people.findById(personId).orElseThrow().getDateOfDeath()).isNull();
        assertThat(followed).isZero();
      }
    }));
  }

  @TestFactory
  Stream<DynamicTest> proposingAMergeIsForPractitioners() {
    return Groups.ALL.stream().map(group -> dynamicTest(group, () -> {
      UUID personId = person().getId();
      UUID duplicateId = person().getId();
      String user = SecurityFixtures.onlyIn(identity, group);
      ResponseEntity<String> answer = send(user, HttpMethod.POST, "/api/people/" + personId + "/merges",
          Map.of("duplicatePersonId", duplicateId.toString(), "reason", "Matrix"));
      boolean allowed = group.equals(Groups.PRACTITIONERS) || group.equals(Groups.SENIOR_PRACTITIONERS);
      assertThat(answer.getStatusCode().value()).as(group + ": " + answer.getBody()).isEqualTo(allowed ? 201 : 403);
      assertThat(merges.involving(personId)).hasSize(allowed ? 1 : 0);
    }));
  }

  @TestFactory
  Stream<DynamicTest> decidingAMergeIsForTeamManagers() {
    return Groups.ALL.stream().map(group -> dynamicTest(group, () -> {
      UUID personId = person().getId();
      String proposer = SecurityFixtures.onlyIn(identity, Groups.PRACTITIONERS);
      String mergeId = new com.fasterxml.jackson.databind.ObjectMapper().readTree(send(proposer, HttpMethod.POST,
          "/api/people/" + personId + "/merges", Map.of("duplicatePersonId", person().getId().toString(),
              "reason", "Matrix")).getBody()).get("id").asText();
      String user = SecurityFixtures.onlyIn(identity, group);
      ResponseEntity<String> answer = send(user, HttpMethod.POST,
          "/api/people/" + personId + "/merges/" + mergeId + "/decision", Map.of("approve", true));
      boolean allowed = group.equals(Groups.TEAM_MANAGERS);
      assertThat(answer.getStatusCode().value()).as(group + ": " + answer.getBody()).isEqualTo(allowed ? 200 : 403);
      assertThat(merges.merge(UUID.fromString(mergeId)).getStatus())
          .isEqualTo(allowed ? PersonMerge.Status.APPROVED : PersonMerge.Status.PROPOSED);
    }));
  }

  @TestFactory
  Stream<DynamicTest> thePageOffersAndTakesADeathOnlyFromThoseWhoMayRecordIt() {
    return Groups.ALL.stream().map(group -> dynamicTest(group, () -> {
      UUID personId = person().getId();
      String user = SecurityFixtures.onlyIn(identity, group);
      boolean allowed = KEEP_DETAILS.contains(group);
      assertThat(offers(user, personId, "Record that the person has died")).as(group).isEqualTo(allowed);

      ResponseEntity<String> answer = postForm(user, personId, "death",
          Map.of("dateOfDeath", LocalDate.now().minusDays(2).toString(), "howKnown", "Her son telephoned"));

      long followed = runtime.createProcessInstanceQuery().processDefinitionKey("person-died")
          .processInstanceBusinessKey(personId.toString()).count();
      if (allowed) {
        assertThat(answer.getStatusCode().is2xxSuccessful() || answer.getStatusCode().is3xxRedirection())
            .as("back to the record, %s: %s", group, answer.getStatusCode()).isTrue();
        assertThat(people.findById(personId).orElseThrow().getDateOfDeath()).isEqualTo(LocalDate.now().minusDays(2));
        assertThat(followed).as("open work ends and a manager closes the case").isOne();
        assertThat(offers("practitioner", personId, "Record that the person has died")).as("recorded once").isFalse();
        assertThat(page("practitioner", personId)).contains("Her son telephoned");
      } else {
        assertThat(answer.getStatusCode().value()).as(group + ": " + answer.getBody()).isEqualTo(403);
        assertThat(people.findById(personId).orElseThrow().getDateOfDeath()).isNull();
        assertThat(followed).isZero();
      }
    }));
  }

  @TestFactory
  Stream<DynamicTest> thePageOffersAndTakesAMergeProposalOnlyFromPractitioners() {
    return Groups.ALL.stream().map(group -> dynamicTest(group, () -> {
      UUID personId = person().getId();
      UUID duplicateId = person().getId();
      String user = SecurityFixtures.onlyIn(identity, group);
      boolean allowed = group.equals(Groups.PRACTITIONERS) || group.equals(Groups.SENIOR_PRACTITIONERS);
      assertThat(offers(user, personId, "Propose merging another record")).as(group).isEqualTo(allowed);

      ResponseEntity<String> answer = postForm(user, personId, "merges",
          Map.of("duplicateRecord", "https://council.example/people/" + duplicateId, "reason", "Same birthday"));

      if (allowed) {
        assertThat(answer.getStatusCode().is2xxSuccessful() || answer.getStatusCode().is3xxRedirection())
            .as("back to the record, %s: %s", group, answer.getStatusCode()).isTrue();
        assertThat(merges.involving(personId)).singleElement().satisfies(merge -> {
          assertThat(merge.getMergedPersonId()).isEqualTo(duplicateId);
          assertThat(merge.getProposedBy()).isEqualTo(user);
          assertThat(merge.getStatus()).isEqualTo(PersonMerge.Status.PROPOSED);
        });
        assertThat(page("practitioner", personId)).contains("waits for a team manager");
      } else {
        assertThat(answer.getStatusCode().value()).as(group + ": " + answer.getBody()).isEqualTo(403);
        assertThat(merges.involving(personId)).isEmpty();
      }
    }));
  }

  @org.junit.jupiter.api.Test
  void aMergeProposalThatNamesNoOtherRecordIsRefusedNamingEachFieldAndNothingIsProposed() {
    UUID personId = person().getId();

    ResponseEntity<String> answer = postForm("practitioner", personId, "merges",
        Map.of("duplicateRecord", "the other Mrs Upkeep", "reason", " "));

    assertThat(answer.getStatusCode().value()).isEqualTo(400);
    assertThat(answer.getBody()).contains("duplicateRecord: must be the other record's page address")
        .contains("reason: is required");
    assertThat(merges.involving(personId)).isEmpty();
    assertThat(postForm("practitioner", personId, "death", Map.of("dateOfDeath", "2999-01-01")).getBody())
        .contains("dateOfDeath: must not be in the future").contains("howKnown: is required");
    assertThat(people.findById(personId).orElseThrow().getDateOfDeath()).isNull();
  }

  /** Whether the person's page, as {@code user} sees it, offers the form whose summary starts so. */
  private boolean offers(String user, UUID personId, String form) {
    ResponseEntity<String> page = http.withBasicAuth(user, user.equals("practitioner") ? "demo" : SecurityFixtures.PASSWORD)
        .exchange("/people/" + personId, HttpMethod.GET, null, String.class);
    return page.getStatusCode().value() == 200 && page.getBody().contains(form);
  }

  private String page(String user, UUID personId) {
    return http.withBasicAuth(user, "demo").exchange("/people/" + personId, HttpMethod.GET, null, String.class)
        .getBody();
  }

  /**
   * Posts a form of the person's page as {@code user}, with the form token of a page a practitioner opened: the
   * token proves the form came from our page, the sign-in says who sends it.
   */
  private ResponseEntity<String> postForm(String user, UUID personId, String form, Map<String, String> fields) {
    ResponseEntity<String> page = http.withBasicAuth("practitioner", "demo")
        .exchange("/people/" + personId, HttpMethod.GET, null, String.class);
    String cookie = page.getHeaders().getFirst(HttpHeaders.SET_COOKIE).split(";")[0];
    String body = page.getBody();
    int at = body.indexOf("name=\"_formToken\" value=\"") + "name=\"_formToken\" value=\"".length();
    MultiValueMap<String, String> values = new LinkedMultiValueMap<>();
    values.add("_formToken", body.substring(at, body.indexOf('"', at)));
    fields.forEach(values::add);
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.add(HttpHeaders.COOKIE, cookie);
    return http.withBasicAuth(user, user.equals("practitioner") ? "demo" : SecurityFixtures.PASSWORD)
        .exchange("/people/" + personId + "/" + form, HttpMethod.POST, new HttpEntity<>(values, headers), String.class);
  }

  private Person person() {
    return people.save(Person.from(new PersonDetails("Matrix", "Upkeep" + UUID.randomUUID(), LocalDate.of(1950, 1, 1),
        null, null, null, null, null, null), Instant.now()));
  }

  private ResponseEntity<String> send(String user, HttpMethod method, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    // The JDK's HTTP client, which sends PATCH (the default one does not).
    return new TestRestTemplate(builder.rootUri(http.getRootUri()).requestFactory(() -> new JdkClientHttpRequestFactory()))
        .withBasicAuth(user, SecurityFixtures.PASSWORD)
        .exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }
}
