package org.letstalk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.letstalk.PostgresTest;
import org.letstalk.document.DocumentKind;
import org.letstalk.document.Documents;
import org.letstalk.identity.Groups;
import org.letstalk.involvement.ClosureLetters.ClosureFacts;
import org.letstalk.person.Person;
import org.letstalk.person.PersonDetails;
import org.letstalk.person.PersonRepository;
import org.letstalk.record.RecordAccess;
import org.letstalk.record.RecordAccessRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Who finds and reads which person, by group, through every route that shows personal data: the search (API and
 * page), the record (page and API), a contact, and the access log. The expectations are written out here, not read
 * from the policy, so a change to the policy has to change this test too (SECURITY.md, "Record access by role").
 */
@PostgresTest
class RecordAccessMatrixTest {

  /** Groups whose work starts from any person: they find and read every record. */
  static final Set<String> READ_ANY = Set.of(Groups.FRONT_DOOR, Groups.PRACTITIONERS, Groups.SENIOR_PRACTITIONERS,
      Groups.TEAM_MANAGERS, Groups.SERVICE_MANAGERS, Groups.SAFEGUARDING, Groups.HEADS_OF_SERVICE);

  /** The carers' centre searches, but finds and reads only carers and the people they care for. */
  static final Set<String> SEARCH_ONLY_THEIR_CIRCLE = Set.of(Groups.CARERS_CENTRE);

  /** Who audits the access log. */
  static final Set<String> AUDIT = Set.of(Groups.TEAM_MANAGERS, Groups.SERVICE_MANAGERS, Groups.HEADS_OF_SERVICE);

  /** Who may know that a contact raised a safeguarding concern. */
  static final Set<String> SAFEGUARDING = Set.of(Groups.SAFEGUARDING, Groups.SENIOR_PRACTITIONERS,
      Groups.TEAM_MANAGERS, Groups.SERVICE_MANAGERS);

  @Autowired
  TestRestTemplate http;

  @Autowired
  IdentityService identity;

  @Autowired
  PersonRepository people;

  @Autowired
  RecordAccessRepository accessLog;

  @Autowired
  Documents documents;

  @TestFactory
  Stream<DynamicTest> eachGroupFindsAndReadsOnlyWhatItsWorkNeedsAndEveryReadIsLogged() {
    String family = "Matrix" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    Map<String, Object> contact = contactWithConcern(family);
    String contactId = (String) contact.get("contactId");
    UUID personId = UUID.fromString((String) contact.get("personId"));
    UUID documentId = documents.produce(DocumentKind.CLOSURE_LETTER, UUID.randomUUID(), personId, "practitioner",
        Map.of("closure", new ClosureFacts(LocalDate.of(2026, 3, 2), "She has what she needs for now."))).getId();

    return Groups.ALL.stream().map(group -> dynamicTest(group, () -> {
      String user = SecurityFixtures.onlyIn(identity, group);
      boolean reads = READ_ANY.contains(group);
      boolean searches = reads || SEARCH_ONLY_THEIR_CIRCLE.contains(group);

      ResponseEntity<String> search = get(user, "/api/people?name=" + family);
      assertThat(search.getStatusCode().value()).as(group + " searches").isEqualTo(searches ? 200 : 403);
      assertThat(String.valueOf(search.getBody())).as(group + " finds the person")
          .matches(body -> body.contains(personId.toString()) == reads);
      ResponseEntity<String> searchPage = get(user, "/people?name=" + family);
      assertThat(searchPage.getStatusCode().value()).as(group + " searches on the page").isEqualTo(searches ? 200 : 403);
      assertThat(String.valueOf(searchPage.getBody())).as(group + " finds the person on the page")
          .matches(body -> body.contains(personId.toString()) == reads);
      assertThat(get(user, "/people?").getStatusCode().value()).as(group + " opens the search page")
          .isEqualTo(searches ? 200 : 403);

      for (String route : List.of("/people/" + personId, "/api/people/" + personId, "/api/contacts/" + contactId,
          "/api/people/" + personId + "/chronology", "/api/people/" + personId + "/alerts",
          "/api/people/" + personId + "/details/history", "/api/people/" + personId + "/merges",
          "/api/people/" + personId + "/documents", "/api/documents/" + documentId,
          "/api/documents/" + documentId + "/print")) {
        assertThat(get(user, route).getStatusCode().value()).as(group + " reads " + route).isEqualTo(reads ? 200 : 403);
      }
      if (reads) {
        ResponseEntity<Map> read = http.withBasicAuth(user, SecurityFixtures.PASSWORD)
            .getForEntity("/api/contacts/" + contactId, Map.class);
        if (SAFEGUARDING.contains(group)) {
          assertThat(read.getBody()).as(group).containsEntry("safeguardingConcern", true);
        } else {
          assertThat(read.getBody()).as(group + " is not told of the concern").doesNotContainKey("safeguardingConcern");
        }
      }

      assertThat(get(user, "/api/access-log?personId=" + personId).getStatusCode().value())
          .as(group + " reads the access log").isEqualTo(AUDIT.contains(group) ? 200 : 403);

      List<RecordAccess> logged = accessLog.findByPersonIdOrderByAccessedAtAsc(personId).stream()
          .filter(entry -> entry.getUserId().equals(user)).toList();
      if (reads) {
        assertThat(logged).extracting(RecordAccess::getAction).as(group + " in the access log")
            .contains("FOUND_BY_SEARCH", "READ_PAGE", "READ_API", "READ_CONTACT", "READ_CHRONOLOGY");
      } else if (searches) {
        assertThat(logged).extracting(RecordAccess::getAction).as(group + "'s refusals in the access log")
            .contains("REFUSED_FOUND_BY_SEARCH", "REFUSED_READ_PAGE", "REFUSED_READ_API", "REFUSED_READ_CONTACT",
                "REFUSED_READ_CHRONOLOGY")
            .doesNotContain("READ_PAGE", "READ_API", "READ_CONTACT");
      } else {
        assertThat(logged).extracting(RecordAccess::getAction).as(group + " read nothing")
            .noneMatch(action -> action.startsWith("READ") || action.startsWith("FOUND"));
      }
    }));
  }

  /** Who reads another worker's or a whole team's caseload without managing that team. */
  static final Set<String> READ_EVERY_CASELOAD = Set.of(Groups.SERVICE_MANAGERS, Groups.HEADS_OF_SERVICE);

  /**
   * Caseloads: every caseworker reads their own; another's, or a team's, only those who supervise across teams (a team
   * manager reads their own team's, CaseloadTest); a process owner none, holding no cases.
   */
  @TestFactory
  Stream<DynamicTest> eachGroupReadsItsOwnCaseloadAndOnlyManagersAboveTheTeamsReadAnyOther() {
    String team = String.valueOf(http.withBasicAuth("servicemanager", "demo").getForObject("/api/teams", List.class)
        .stream().map(t -> ((Map<?, ?>) t).get("id")).findFirst().orElseThrow());
    return Groups.ALL.stream().map(group -> dynamicTest(group, () -> {
      String user = SecurityFixtures.onlyIn(identity, group);
      boolean casework = !group.equals(Groups.PROCESS_OWNERS);
      assertThat(get(user, "/api/workers/" + user + "/caseload").getStatusCode().value()).as(group + " reads their own")
          .isEqualTo(casework ? 200 : 403);
      assertThat(get(user, "/caseload").getStatusCode().value()).as(group + " opens their own caseload page")
          .isEqualTo(casework ? 200 : 403);
      int other = READ_EVERY_CASELOAD.contains(group) ? 200 : 403;
      for (String route : List.of("/api/workers/practitioner/caseload", "/workers/practitioner/caseload",
          "/api/teams/" + team + "/caseload", "/teams/" + team + "/caseload")) {
        assertThat(get(user, route).getStatusCode().value()).as(group + " reads " + route).isEqualTo(other);
      }
    }));
  }

  @TestFactory
  Stream<DynamicTest> theCarersCentreReadsCarersAndThePeopleTheyCareForOnly() {
    String user = SecurityFixtures.onlyIn(identity, Groups.CARERS_CENTRE);
    Person stranger = person("Stranger");
    return Stream.of(
        dynamicTest("someone who is neither a carer nor cared for", () -> {
          assertThat(get(user, "/people/" + stranger.getId()).getStatusCode().value()).isEqualTo(403);
          assertThat(get(user, "/api/people/" + stranger.getId()).getStatusCode().value()).isEqualTo(403);
          assertThat(get(user, "/api/people?name=" + stranger.getFamilyName()).getBody())
              .doesNotContain(stranger.getId().toString());
        }));
  }

  private Person person(String given) {
    return people.save(Person.from(new PersonDetails(given,
        "Circle" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36), LocalDate.of(1950, 1, 1), null,
        "M33 7XX", null, null, null, null), Instant.now()));
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> contactWithConcern(String family) {
    Map<String, Object> form = new HashMap<>();
    form.put("givenName", "Mari");
    form.put("familyName", family);
    form.put("dateOfBirth", "1944-03-02");
    form.put("postcode", "M33 7XX");
    form.put("routeOfAccess", "SELF");
    form.put("contactMethod", "PHONE");
    form.put("presentingNeed", "Needs help with shopping");
    form.put("consentToShare", true);
    form.put("safeguardingConcern", true);
    form.put("safeguardingDetail", "Says a lodger takes her pension");
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<Map> answer = http.withBasicAuth("frontdoor", "demo")
        .exchange("/api/contacts", HttpMethod.POST, new HttpEntity<>(form, headers), Map.class);
    assertThat(answer.getStatusCode().value()).as("contact recorded: %s", answer.getBody()).isEqualTo(201);
    assertThat(answer.getBody().get("personId")).as("a new person").isNotNull();
    return answer.getBody();
  }

  private ResponseEntity<String> get(String user, String path) {
    return http.withBasicAuth(user, SecurityFixtures.PASSWORD).exchange(path, HttpMethod.GET, null, String.class);
  }
}
