package org.letstalk.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.letstalk.contact.ContactFixtures.newContact;
import static org.letstalk.FormFixtures.with;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.letstalk.PostgresTest;
import org.letstalk.identity.Groups;
import org.letstalk.person.Language;
import org.letstalk.person.Person;
import org.letstalk.person.PersonRepository;
import org.letstalk.security.SecurityFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** POST /api/contacts and the engine REST API, as another system or Tasklist would call them. */
@PostgresTest
class ContactApiTest {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
  };

  @Autowired
  TestRestTemplate http;

  @Autowired
  ContactRepository contacts;

  @Autowired
  IdentityService identity;

  @Autowired
  PersonRepository people;

  @Test
  void anotherSystemRecordsAContactAndTheNextTaskIsReturned() {
    ResponseEntity<Map<String, Object>> answer = post("frontdoor", "/api/contacts", newContact());

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(answer.getHeaders().getLocation()).hasToString("/api/contacts/" + answer.getBody().get("contactId"));
    assertThat(answer.getBody()).containsEntry("matchStatus", "NEW_PERSON").containsEntry("routeOfAccess", "SELF");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> next = (List<Map<String, Object>>) answer.getBody().get("nextTasks");
    assertThat(next).singleElement().satisfies(t -> assertThat(t).containsEntry("taskDefinitionKey", "Task_DecideContactOutcome"));

    ResponseEntity<Map<String, Object>> read = http.withBasicAuth("frontdoor", "demo")
        .exchange("/api/contacts/" + answer.getBody().get("contactId"), HttpMethod.GET, null, JSON);
    assertThat(read.getBody()).containsEntry("presentingNeed", newContact().get("presentingNeed"));
  }

  @Test
  void thePersonWhoChoseWelshKeepsWelshUntilTheyAnswerTheOfferOtherwise() {
    Map<String, Object> welsh = with(newContact(), "language", "WELSH");
    UUID personId = personOf(post("frontdoor", "/api/contacts", welsh));
    assertThat(people.findById(personId).orElseThrow().getLanguage()).isEqualTo(Language.WELSH);

    UUID again = personOf(post("frontdoor", "/api/contacts", with(welsh, "language", null)));
    assertThat(again).isEqualTo(personId);
    assertThat(people.findById(personId).orElseThrow().getLanguage()).as("nobody asked: nothing changes")
        .isEqualTo(Language.WELSH);

    personOf(post("frontdoor", "/api/contacts", with(welsh, "language", "ENGLISH")));
    assertThat(people.findById(personId).orElseThrow().getLanguage()).isEqualTo(Language.ENGLISH);
    ResponseEntity<Map<String, Object>> record = http.withBasicAuth("practitioner", "demo")
        .exchange("/api/people/" + personId, HttpMethod.GET, null, JSON);
    assertThat(record.getBody()).containsEntry("language", "ENGLISH");
  }

  @Test
  void theDetailsACouncilReportsAskedAtTheFrontDoorReachTheRecordWithWhoGaveThem() {
    Map<String, Object> told = with(newContact(), "title", "Mrs", "preferredName", "Nan", "email", "nan@example.org",
        "phone", "0161 496 0000", "statedGender", "2", "phenotypicSex", "FEMALE", "ethnicCategory", "h",
        "primarySupportReason", "MEMORY_AND_COGNITION", "gpPractice", "a81001", "mainLanguage", "PA",
        "interpreterNeeded", true);

    UUID personId = personOf(post("frontdoor", "/api/contacts", told));

    Person person = people.findById(personId).orElseThrow();
    assertThat(List.of(person.getTitle(), person.getPreferredName(), person.getEmail(), person.getPhone(),
        person.getStatedGender(), person.getPhenotypicSex(), person.getEthnicCategory(),
        person.getPrimarySupportReason(), person.getGpPractice(), person.getMainLanguage()))
        .as("each kept as its code list's code").containsExactly("Mrs", "Nan", "nan@example.org", "0161 496 0000",
            "2", "2", "H", "MEMORY_AND_COGNITION", "A81001", "pa");
    assertThat(person.getInterpreterNeeded()).isTrue();
    ResponseEntity<List<Map<String, Object>>> history = http.withBasicAuth("practitioner", "demo")
        .exchange("/api/people/" + personId + "/details/history", HttpMethod.GET, null,
            new ParameterizedTypeReference<>() {
            });
    assertThat(history.getBody()).extracting(change -> change.get("field"))
        .contains("title", "ethnicCategory", "gpPractice", "interpreterNeeded");
    assertThat(history.getBody()).allSatisfy(change -> assertThat(change).containsEntry("changedBy", "frontdoor"));
  }

  @Test
  void aLaterContactFillsInWhatTheRecordLacksAndLeavesWhatItKnows() {
    Map<String, Object> first = with(newContact(), "ethnicCategory", "A");
    UUID personId = personOf(post("frontdoor", "/api/contacts", first));

    UUID again = personOf(post("frontdoor", "/api/contacts", with(first, "ethnicCategory", "C", "gpPractice",
        "B82005")));

    assertThat(again).isEqualTo(personId);
    Person person = people.findById(personId).orElseThrow();
    assertThat(person.getEthnicCategory()).as("changed on the record, with its history, not by a contact")
        .isEqualTo("A");
    assertThat(person.getGpPractice()).isEqualTo("B82005");
  }

  @Test
  void reportedDetailsOutsideTheirListsAreRefusedTogetherEachNamedAndNothingIsStored() {
    long before = contacts.count();
    long peopleBefore = people.count();
    Map<String, Object> body = with(newContact(), "phone", "call her", "email", "nan at home",
        "statedGender", "M", "phenotypicSex", "7", "ethnicCategory", "Q", "primarySupportReason", "LONELINESS",
        "gpPractice", "12345", "mainLanguage", "xx");

    ResponseEntity<Map<String, Object>> answer = post("frontdoor", "/api/contacts", body);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody().get("problems")).asList().extracting("field").containsExactly("phone", "email",
        "statedGender", "phenotypicSex", "ethnicCategory", "primarySupportReason", "gpPractice", "mainLanguage");
    assertThat((String) answer.getBody().get("message")).contains("ethnicCategory: 'Q' is not one of the ethnic"
        + " category codes: A (White: British)");
    assertThat(contacts.count()).isEqualTo(before);
    assertThat(people.count()).isEqualTo(peopleBefore);
  }

  private static UUID personOf(ResponseEntity<Map<String, Object>> answer) {
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return UUID.fromString((String) answer.getBody().get("personId"));
  }

  static Stream<Arguments> badContacts() {
    Map<String, Object> ok = newContact();
    return Stream.of(
        Arguments.of(with(ok, "presentingNeed", null), "presentingNeed"),
        Arguments.of(with(ok, "presentingNeed", "   "), "presentingNeed"),
        Arguments.of(with(ok, "dateOfBirth", "2999-01-01"), "dateOfBirth"),
        Arguments.of(with(ok, "dateOfBirth", "31/02/1950"), "dateOfBirth"),
        Arguments.of(with(ok, "nhsNumber", "9434765918"), "nhsNumber"),
        Arguments.of(with(ok, "nhsNumber", "12345"), "nhsNumber"),
        Arguments.of(with(ok, "routeOfAccess", "CARRIER_PIGEON"), "routeOfAccess"),
        Arguments.of(with(ok, "language", "KLINGON"), "language"),
        Arguments.of(with(ok, "routeOfAccess", null), "routeOfAccess"),
        Arguments.of(with(ok, "presentingNeed", "x".repeat(4001)), "presentingNeed"),
        Arguments.of(with(ok, "givenName", "x".repeat(101)), "givenName"),
        Arguments.of(with(ok, "postcode", "not a postcode"), "postcode"),
        Arguments.of(with(ok, "consentToShare", "perhaps"), "consentToShare"),
        Arguments.of(with(ok, "givenName", 42), "givenName"),
        Arguments.of(with(ok, "routeOfAccess", "PROFESSIONAL"), "contactName"),
        Arguments.of(with(ok, "safeguardingConcern", true), "safeguardingDetail"),
        Arguments.of(with(ok, "isAdmin", true), "isAdmin"));
  }

  @ParameterizedTest
  @MethodSource("badContacts")
  void badInputIsRefusedNamingTheFieldAndNothingIsStored(Map<String, Object> body, String field) {
    long before = contacts.count();

    ResponseEntity<Map<String, Object>> answer = post("frontdoor", "/api/contacts", body);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody()).containsEntry("field", field);
    assertThat((String) answer.getBody().get("message")).startsWith(field + ":");
    assertThat(contacts.count()).isEqualTo(before);
  }

  @Test
  void everyProblemOfABodyIsAnsweredAtOnceEachNamingItsFieldInTheOrderOfTheForm() {
    long before = contacts.count();
    Map<String, Object> body = with(newContact(), "givenName", "x".repeat(101), "routeOfAccess", null,
        "presentingNeed", " ", "consentToShare", null);

    ResponseEntity<Map<String, Object>> answer = post("frontdoor", "/api/contacts", body);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody()).containsEntry("field", "givenName");
    assertThat(answer.getBody().get("problems")).asList().extracting("field", "message").containsExactly(
        tuple("givenName", "givenName: is longer than 100 characters"),
        tuple("routeOfAccess", "routeOfAccess: is required; one of SELF, CARER_OR_FAMILY, PROFESSIONAL, "
            + "OTHER_COUNCIL_TEAM, HOSPITAL"),
        tuple("presentingNeed", "presentingNeed: is required"),
        tuple("consentToShare", "consentToShare: must be answered yes or no"));
    assertThat(contacts.count()).isEqualTo(before);
  }

  @Test
  void rulesAcrossFieldsAreAnsweredTogetherToo() {
    Map<String, Object> body = with(newContact(), "routeOfAccess", "PROFESSIONAL", "safeguardingConcern", true,
        "postcode", "ZZ9 9ZZZ");

    ResponseEntity<Map<String, Object>> answer = post("frontdoor", "/api/contacts", body);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody().get("problems")).asList().extracting("field")
        .containsExactly("postcode", "contactName", "safeguardingDetail");
  }

  @Test
  void aBodyThatIsNotJsonIsABadRequest() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<Map<String, Object>> answer = http.withBasicAuth("frontdoor", "demo")
        .exchange("/api/contacts", HttpMethod.POST, new HttpEntity<>("{not json", headers), JSON);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void theStartFormThroughTheEngineApiRefusesBadInputWithTheFieldNamed() {
    long before = contacts.count();
    Map<String, Object> variables = Map.of(
        "givenName", Map.of("value", "Ada"), "familyName", Map.of("value", "Nhs"),
        "nhsNumber", Map.of("value", "9434765918"), "routeOfAccess", Map.of("value", "SELF"),
        "contactMethod", Map.of("value", "PHONE"), "presentingNeed", Map.of("value", "Falls"),
        "consentToShare", Map.of("value", true));

    ResponseEntity<Map<String, Object>> answer = post("frontdoor",
        "/engine-rest/process-definition/key/new-contact/submit-form", Map.of("variables", variables));

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) answer.getBody().get("message")).contains("\u201cNHS number\u201d: fails the NHS number check digit");
    assertThat(contacts.count()).isEqualTo(before);
  }

  @Test
  void completingTheOutcomeTaskThroughTheEngineApiWithoutAReasonIsRefusedAndTheTaskStaysOpen() {
    ResponseEntity<Map<String, Object>> created = post("frontdoor", "/api/contacts", newContact());
    @SuppressWarnings("unchecked")
    String taskId = (String) ((List<Map<String, Object>>) created.getBody().get("nextTasks")).get(0).get("id");

    ResponseEntity<Map<String, Object>> answer = post("frontdoor", "/engine-rest/task/" + taskId + "/submit-form",
        Map.of("variables", Map.of("outcome", Map.of("value", "INFORMATION_AND_ADVICE"),
            "informationGiven", Map.of("value", "Leaflet"))));

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody().get("problems")).asList().extracting("field", "message").contains(
        org.assertj.core.groups.Tuple.tuple("outcomeReason", "\u201cReason\u201d needs an answer."));
    ResponseEntity<Map<String, Object>> task = http.withBasicAuth("frontdoor", "demo")
        .exchange("/engine-rest/task/" + taskId, HttpMethod.GET, null, JSON);
    assertThat(task.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(contacts.findById(java.util.UUID.fromString((String) created.getBody().get("contactId")))
        .orElseThrow().getOutcome()).isNull();
  }

  @Test
  void signInIsRequiredForTheDomainApiAndTheEngineApiButNotForHealth() {
    assertThat(http.postForEntity("/api/contacts", newContact(), String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    String frontDoorWorker = SecurityFixtures.whoseSignInMayFail(identity, "contact-api-wrong-password",
        Groups.FRONT_DOOR);
    assertThat(http.withBasicAuth(frontDoorWorker, "wrong").postForEntity("/api/contacts", newContact(), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.getForEntity("/engine-rest/task", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.getForEntity("/actuator/health", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void aTeamManagerIsNotAllowedToStartAContactThroughTheApi() {
    long before = contacts.count();
    ResponseEntity<Map<String, Object>> answer = post("teammanager", "/api/contacts", newContact());
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(contacts.count()).isEqualTo(before);
  }

  private ResponseEntity<Map<String, Object>> post(String user, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JSON);
  }
}
