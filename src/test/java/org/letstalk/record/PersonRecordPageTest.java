package org.letstalk.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.letstalk.PostgresTest;
import org.letstalk.person.PersonRepository;
import org.letstalk.ProcessTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The person's record as a practitioner, a safeguarding worker and a manager read it in the browser. */
@PostgresTest
class PersonRecordPageTest extends ProcessTestSupport {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
  };
  private static final ParameterizedTypeReference<List<Map<String, Object>>> JSON_LIST =
      new ParameterizedTypeReference<>() {
      };

  @Autowired
  TestRestTemplate http;

  @Autowired
  RecordAccessRepository accessLog;

  @Autowired
  PersonRepository peopleRepository;

  @Autowired
  RestTemplateBuilder builder;

  @Autowired
  org.letstalk.contact.ContactRepository contacts;

  @Test
  void thePageShowsIdentityCommunicationConsentAndTheWholeHistoryInDateOrderEscaped() {
    String family = "Rec" + RecordFixtures.uniqueWord();
    Map<String, Object> form = new HashMap<>();
    form.put("givenName", "Edith");
    form.put("familyName", family);
    form.put("dateOfBirth", "1938-05-17");
    form.put("postcode", "M33 7XX");
    form.put("routeOfAccess", "CARER_OR_FAMILY");
    form.put("contactMethod", "PHONE");
    form.put("contactName", "June " + family);
    form.put("contactRelationship", "daughter");
    form.put("presentingNeed", "Struggling with stairs since a fall");
    form.put("consentToShare", true);
    form.put("preferredLanguage", "Welsh");
    form.put("interpreterNeeded", true);
    form.put("safeguardingConcern", true);
    form.put("safeguardingDetail", "Bruising on her arms the daughter cannot explain");
    ProcessInstance contact = startContact("frontdoor", form);
    complete("frontdoor", contact, "Task_DecideContactOutcome", Map.of(
        "outcome", "NEW_CASE", "outcomeReason", "Wants to stay at home and keep climbing the stairs",
        "allocation", "NAMED_WORKER", "allocatedWorker", "practitioner"));
    UUID personId = contacts.findByProcessInstanceId(contact.getId()).orElseThrow().getPersonId();

    note("practitioner", personId, note("2020-01-02", "VISIT", "VERIFIED_FACT", null,
        "Visited; <script>alert('x')</script> Edith showed me the stair rail <b>she</b> uses"));
    note("practitioner", personId, note("2020-01-01", "CALL", "OPINION", "She said twice she felt dizzy",
        "In my professional judgement the falls are linked to her new tablets"));

    String asPractitioner = page("practitioner", personId);

    assertThat(asPractitioner)
        .contains("Edith " + family)
        .contains("17 May 1938")
        .contains("M33 7XX")
        .contains("Welsh")
        .contains("Interpreter needed</dt>")
        .as("what the contact said fills in the record")
        .contains("<dt>Interpreter needed</dt>\n      <dd>yes</dd>")
        .contains("<p>Given.</p>")
        .contains("Allocated worker and team")
        .as("the worker by name, from the case the contact opened")
        .contains("Priya Patel")
        .doesNotContain("Allocated to practitioner")
        .contains("Involvement: stage and dates")
        .contains("Conversations (Let&#39;s Talk 1, 2 and 3)")
        .contains("Open tasks about this person")
        .contains("Carers and people cared for")
        .contains("Plan in force and next review")
        .contains("Presenting need: Struggling with stairs since a fall")
        .contains("Who got in touch: June " + family + " (daughter)")
        .contains("Contact outcome: new case")
        .contains("opinion or professional judgement")
        .contains("Evidence: She said twice she felt dizzy")
        .as("what a note says is shown as text, never run as script or markup")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
        .contains("&lt;b&gt;she&lt;/b&gt;")
        .doesNotContain("<script>alert")
        .doesNotContain("<b>she</b>")
        .as("safeguarding detail is for the groups allowed to see it")
        .doesNotContain("Bruising on her arms");
    assertThat(asPractitioner.indexOf("Presenting need:"))
        .as("newest first: the contact today, then the visit of 2 January, then the call of 1 January")
        .isLessThan(asPractitioner.indexOf("showed me the stair rail"));
    assertThat(asPractitioner.indexOf("showed me the stair rail")).isLessThan(asPractitioner.indexOf("falls are linked"));

    assertThat(page("safeguarding", personId)).contains("Safeguarding concern raised at the front door")
        .contains("Bruising on her arms the daughter cannot explain");
    assertThat(page("teammanager", personId)).contains("Bruising on her arms");
  }

  @Test
  void consentAndAnInterpreterAreThePersonsOwnDetailsWhateverTheLatestContactSaid() {
    String family = "Con" + RecordFixtures.uniqueWord();
    Map<String, Object> form = new HashMap<>();
    form.put("givenName", "Olwen");
    form.put("familyName", family);
    form.put("dateOfBirth", "1941-02-03");
    form.put("postcode", "M33 7XY");
    form.put("routeOfAccess", "SELF");
    form.put("contactMethod", "PHONE");
    form.put("presentingNeed", "Finding the shopping hard");
    form.put("consentToShare", true);
    form.put("interpreterNeeded", true);
    ProcessInstance contact = startContact("frontdoor", form);
    UUID personId = contacts.findByProcessInstanceId(contact.getId()).orElseThrow().getPersonId();
    assertThat(page("practitioner", personId)).as("the contact fills in what the record lacked")
        .contains("<dt>Interpreter needed</dt>\n      <dd>yes</dd>").contains("<p>Given.</p>");

    ResponseEntity<String> corrected = new TestRestTemplate(builder.rootUri(http.getRootUri())
        .requestFactory(() -> new JdkClientHttpRequestFactory())).withBasicAuth("practitioner", "demo")
        .exchange("/api/people/" + personId + "/details", HttpMethod.PATCH,
            json(Map.of("consentToShare", false, "interpreterNeeded", false)), String.class);
    assertThat(corrected.getStatusCode()).as(corrected.getBody()).isEqualTo(HttpStatus.OK);

    assertThat(contacts.findByProcessInstanceId(contact.getId()).orElseThrow())
        .as("the latest contact still says consent was given and an interpreter is needed")
        .satisfies(c -> assertThat(c.isConsentToShare() && c.isInterpreterNeeded()).isTrue());
    assertThat(page("practitioner", personId)).as("the record shows the person's details as corrected")
        .contains("<dt>Interpreter needed</dt>\n      <dd>no</dd>").contains("<p>Not given.</p>")
        .doesNotContain("<p>Given.</p>");
    assertThat(http.withBasicAuth("practitioner", "demo")
        .exchange("/api/people/" + personId, HttpMethod.GET, null, JSON).getBody())
        .containsEntry("consentToShare", false).containsEntry("interpreterNeeded", false);
  }

  @Test
  void theApiGivesTheSameRecordAndTheSameFiltering() {
    UUID personId = RecordFixtures.person(people(), "Ivor", "Api" + RecordFixtures.uniqueWord(),
        LocalDate.of(1950, 1, 1), null, "M33 7XX").getId();
    note("practitioner", personId, note("2021-03-04", "MEETING", "UNATTRIBUTED", null, "A neighbour said he goes out at night"));

    ResponseEntity<Map<String, Object>> answer = http.withBasicAuth("practitioner", "demo")
        .exchange("/api/people/" + personId, HttpMethod.GET, null, JSON);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(answer.getBody()).containsEntry("givenName", "Ivor").containsKey("sections")
        .containsEntry("chronology", "/api/people/" + personId + "/chronology");
    ResponseEntity<Map<String, Object>> chronology = http.withBasicAuth("practitioner", "demo")
        .exchange("/api/people/" + personId + "/chronology", HttpMethod.GET, null, JSON);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> entries = (List<Map<String, Object>>) chronology.getBody().get("entries");
    assertThat(entries).singleElement().satisfies(e -> assertThat(e).containsEntry("kind", "CASE_NOTE")
        .containsEntry("by", "Priya Patel"));
  }

  @Test
  void anUnknownPersonIsNotFoundAndSignInIsRequired() {
    assertThat(http.withBasicAuth("practitioner", "demo")
        .exchange("/people/" + UUID.randomUUID(), HttpMethod.GET, null, String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(http.getForEntity("/people/" + UUID.randomUUID(), String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void aFormPostWithoutTheTokenOfThePageIsRefusedEvenWithCredentials() {
    UUID personId = RecordFixtures.person(people(), "Csrf", "Form" + RecordFixtures.uniqueWord(),
        LocalDate.of(1950, 1, 1), null, null).getId();
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("date", "2022-01-01");
    form.add("kind", "CALL");
    form.add("category", "VERIFIED_FACT");
    form.add("text", "Posted from another site");
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);

    ResponseEntity<String> answer = http.withBasicAuth("practitioner", "demo")
        .exchange("/people/" + personId + "/notes", HttpMethod.POST, new HttpEntity<>(form, headers), String.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(page("practitioner", personId)).doesNotContain("Posted from another site");
  }

  @Test
  void theFormOnThePageAddsANoteWithTheTokenOfTheSession() {
    UUID personId = RecordFixtures.person(people(), "Token", "Form" + RecordFixtures.uniqueWord(),
        LocalDate.of(1950, 1, 1), null, null).getId();
    ResponseEntity<String> page = http.withBasicAuth("practitioner", "demo")
        .exchange("/people/" + personId, HttpMethod.GET, null, String.class);
    String cookie = page.getHeaders().getFirst(HttpHeaders.SET_COOKIE).split(";")[0];
    String body = page.getBody();
    int at = body.indexOf("name=\"_formToken\" value=\"") + "name=\"_formToken\" value=\"".length();
    String token = body.substring(at, body.indexOf('"', at));
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("_formToken", token);
    form.add("date", "2022-01-01");
    form.add("kind", "CALL");
    form.add("category", "VERIFIED_FACT");
    form.add("text", "Phoned to confirm the visit on Friday");
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.add(HttpHeaders.COOKIE, cookie);

    ResponseEntity<String> answer = http.withBasicAuth("practitioner", "demo")
        .exchange("/people/" + personId + "/notes", HttpMethod.POST, new HttpEntity<>(form, headers), String.class);

    assertThat(answer.getStatusCode().is2xxSuccessful() || answer.getStatusCode().is3xxRedirection())
        .as("back to the record: %s", answer.getStatusCode()).isTrue();
    assertThat(page("practitioner", personId)).contains("Phoned to confirm the visit on Friday");
  }

  @Test
  void everyReadAndChangeIsLoggedAndOnlyManagersAndHeadsOfServiceReadTheLog() {
    UUID personId = RecordFixtures.person(people(), "Logan", "Log" + RecordFixtures.uniqueWord(),
        LocalDate.of(1960, 2, 2), null, null).getId();
    page("practitioner", personId);
    http.withBasicAuth("practitioner2", "demo").exchange("/api/people/" + personId, HttpMethod.GET, null, JSON);
    note("practitioner", personId, note("2022-02-02", "CALL", "VERIFIED_FACT", null, "Rang about a blue badge"));

    assertThat(accessLog.findByPersonIdOrderByAccessedAtAsc(personId))
        .extracting(RecordAccess::getUserId, RecordAccess::getAction)
        .containsExactly(
            tuple("practitioner", "READ_PAGE"),
            tuple("practitioner2", "READ_API"),
            tuple("practitioner", "ADD_NOTE"));

    for (String reader : List.of("teammanager", "servicemanager", "headofservice")) {
      ResponseEntity<List<Map<String, Object>>> log = http.withBasicAuth(reader, "demo")
          .exchange("/api/access-log?personId=" + personId, HttpMethod.GET, null, JSON_LIST);
      assertThat(log.getStatusCode()).as(reader).isEqualTo(HttpStatus.OK);
      assertThat(log.getBody()).extracting(e -> e.get("userId")).contains("practitioner", "practitioner2");
    }
    // Process owners change models and read no case, nor who read one.
    for (String refused : List.of("practitioner", "frontdoor", "safeguarding", "processowner", "panel")) {
      assertThat(http.withBasicAuth(refused, "demo")
          .exchange("/api/access-log?personId=" + personId, HttpMethod.GET, null, String.class).getStatusCode())
          .as(refused).isEqualTo(HttpStatus.FORBIDDEN);
    }
  }

  static Map<String, Object> note(String date, String kind, String category, String evidence, String text) {
    Map<String, Object> note = new HashMap<>();
    note.put("date", date);
    note.put("kind", kind);
    note.put("category", category);
    note.put("text", text);
    if (evidence != null) {
      note.put("evidence", evidence);
    }
    return note;
  }

  private ResponseEntity<Map<String, Object>> note(String user, UUID personId, Map<String, Object> note) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<Map<String, Object>> answer = http.withBasicAuth(user, "demo").exchange(
        "/api/people/" + personId + "/notes", HttpMethod.POST, new HttpEntity<>(note, headers), JSON);
    assertThat(answer.getStatusCode()).as("note added: %s", answer.getBody()).isEqualTo(HttpStatus.CREATED);
    return answer;
  }

  private String page(String user, UUID personId) {
    ResponseEntity<String> answer = http.withBasicAuth(user, "demo")
        .exchange("/people/" + personId, HttpMethod.GET, null, String.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    return answer.getBody();
  }

  private static HttpEntity<Object> json(Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }

  private PersonRepository people() {
    return peopleRepository;
  }
}
