package org.letstalk.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.letstalk.PostgresTest;
import org.letstalk.person.Person;
import org.letstalk.person.PersonChange;
import org.letstalk.person.PersonChangeRepository;
import org.letstalk.person.PersonRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;

/** The details are kept true: each change with who made it, when and the value before; bad input changes nothing. */
@PostgresTest
class PersonDetailsUpkeepTest {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
  };
  private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
  };

  @Autowired
  TestRestTemplate http;

  @Autowired
  PersonRepository people;

  @Autowired
  RestTemplateBuilder builder;

  @Autowired
  PersonChangeRepository changes;

  @Autowired
  RecordAccessRepository accessLog;

  @Test
  void everyChangeIsKeptWithWhoMadeItAndTheValueBefore() {
    UUID personId = person().getId();
    Map<String, Object> first = new LinkedHashMap<>();
    first.put("address", "2 New Road, Sale");
    first.put("phone", "0161 111 2222");
    first.put("email", "nora@example.org");
    first.put("consentToShare", true);
    first.put("title", "Mrs");
    first.put("preferredName", "Nonie");
    first.put("statedGender", "2");
    first.put("phenotypicSex", "FEMALE");
    first.put("ethnicCategory", "b");
    first.put("primarySupportReason", "MEMORY_AND_COGNITION");
    first.put("gpPractice", "p84001");
    first.put("mainLanguage", "CY");
    first.put("interpreterNeeded", "true");
    first.put("language", "WELSH");
    ResponseEntity<List<Map<String, Object>>> changed = patch("practitioner", personId, first);
    assertThat(changed.getStatusCode().value()).as(String.valueOf(changed.getBody())).isEqualTo(200);
    assertThat(changed.getBody()).hasSize(14);

    assertThat(patch("practitioner2", personId, Map.of("address", "3 Other Road, Sale")).getStatusCode().value())
        .isEqualTo(200);

    Map<String, Object> record = http.withBasicAuth("teammanager", "demo")
        .exchange("/api/people/" + personId, HttpMethod.GET, null, JSON).getBody();
    assertThat(record).containsEntry("address", "3 Other Road, Sale").containsEntry("statedGender", "2")
        .containsEntry("phenotypicSex", "2").containsEntry("ethnicCategory", "B")
        .containsEntry("primarySupportReason", "MEMORY_AND_COGNITION").containsEntry("gpPractice", "P84001")
        .containsEntry("mainLanguage", "cy").containsEntry("interpreterNeeded", true)
        .containsEntry("consentToShare", true).containsEntry("email", "nora@example.org")
        .containsEntry("preferredName", "Nonie").containsEntry("title", "Mrs").containsEntry("language", "WELSH");

    assertThat(changes.findByPersonIdOrderByChangedAtAscIdAsc(personId))
        .filteredOn(c -> c.getField().equals("address"))
        .extracting(PersonChange::getOldValue, PersonChange::getNewValue, PersonChange::getChangedBy)
        .containsExactly(tuple("1 Test Street", "2 New Road, Sale", "practitioner"),
            tuple("2 New Road, Sale", "3 Other Road, Sale", "practitioner2"));
    List<Map<String, Object>> history = http.withBasicAuth("teammanager", "demo")
        .exchange("/api/people/" + personId + "/details/history", HttpMethod.GET, null, LIST).getBody();
    assertThat(history).hasSize(15).anySatisfy(c -> assertThat(c).containsEntry("field", "ethnicCategory")
        .containsEntry("oldValue", null).containsEntry("newValue", "B").containsEntry("changedBy", "practitioner")
        .containsEntry("changedByName", "Priya Patel").containsKey("changedAt"));

    String page = http.withBasicAuth("practitioner", "demo")
        .exchange("/people/" + personId, HttpMethod.GET, null, String.class).getBody();
    assertThat(page).as("the worker by name, as the chronology names them").contains("Address changed by Paul Owen")
        .contains("was 2 New Road, Sale, now 3 Other Road, Sale")
        .contains("Ethnicity (as the person states it) changed by Priya Patel")
        .doesNotContain("changed by practitioner")
        .contains("now White: Irish").contains("now Welsh").contains("now Welsh (Cymraeg)");
  }

  @Test
  void aChangeOfDetailsIsOneEntryInTheAccessLog() {
    UUID personId = person().getId();

    assertThat(patch("practitioner", personId, Map.of("address", "4 Moved Road, Sale", "phone", "0161 333 4444"))
        .getStatusCode().value()).isEqualTo(200);

    assertThat(accessLog.findOfPerson(personId)).singleElement().satisfies(entry -> {
      assertThat(entry.getUserId()).isEqualTo("practitioner");
      assertThat(entry.getAction()).isEqualTo(RecordUpkeep.CHANGE_DETAILS);
      assertThat(entry.getDetail()).contains("address").contains("phone");
    });
  }

  @Test
  void badInputIsRefusedNamingEveryFieldAndNothingChanges() {
    Person before = person();
    UUID personId = before.getId();
    Map<String, Object> bad = new LinkedHashMap<>();
    bad.put("givenName", " ");
    bad.put("postcode", "not a postcode");
    bad.put("statedGender", "7");
    bad.put("phenotypicSex", "X");
    bad.put("ethnicCategory", "Q");
    bad.put("primarySupportReason", "Tired");
    bad.put("gpPractice", "12345");
    bad.put("mainLanguage", "zz");
    bad.put("email", "nora at home");
    bad.put("phone", "call her");
    bad.put("interpreterNeeded", "perhaps");
    bad.put("address", "a".repeat(301));
    bad.put("shoeSize", "5");
    bad.put("familyName", "Changed");
    bad.put("language", "KLINGON");

    ResponseEntity<Map<String, Object>> answer = patching("practitioner").exchange(
        "/api/people/" + personId + "/details", HttpMethod.PATCH, json(bad), JSON);

    assertThat(answer.getStatusCode().value()).isEqualTo(400);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> problems = (List<Map<String, Object>>) answer.getBody().get("problems");
    assertThat(problems).extracting(p -> p.get("field")).containsExactlyInAnyOrder("givenName", "postcode",
        "statedGender", "phenotypicSex", "ethnicCategory", "primarySupportReason", "gpPractice", "mainLanguage",
        "email", "phone", "interpreterNeeded", "address", "shoeSize", "language");
    assertThat(problems).extracting(p -> (String) p.get("message")).anySatisfy(m -> assertThat(m)
        .startsWith("ethnicCategory: 'Q' is not one of the ethnic category codes").contains("A (White: British)"));
    Person after = people.findById(personId).orElseThrow();
    assertThat(after.getFamilyName()).isEqualTo(before.getFamilyName());
    assertThat(after.getGivenName()).isEqualTo("Nora");
    assertThat(changes.findByPersonIdOrderByChangedAtAscIdAsc(personId)).isEmpty();
  }

  @Test
  void thePreferredLanguageInWordsIsKeptTrueWithItsHistory() {
    UUID personId = person().getId();

    assertThat(patch("practitioner", personId, Map.of("preferredLanguage", "Polish")).getStatusCode().value())
        .isEqualTo(200);
    assertThat(patch("practitioner2", personId, Map.of("preferredLanguage", "British Sign Language"))
        .getStatusCode().value()).isEqualTo(200);

    assertThat(http.withBasicAuth("teammanager", "demo").exchange("/api/people/" + personId, HttpMethod.GET, null,
        JSON).getBody()).containsEntry("preferredLanguage", "British Sign Language");
    assertThat(changes.findByPersonIdOrderByChangedAtAscIdAsc(personId))
        .extracting(PersonChange::getField, PersonChange::getOldValue, PersonChange::getNewValue,
            PersonChange::getChangedBy)
        .containsExactly(tuple("preferredLanguage", "Welsh", "Polish", "practitioner"),
            tuple("preferredLanguage", "Polish", "British Sign Language", "practitioner2"));
    assertThat(accessLog.findOfPerson(personId)).extracting(RecordAccess::getUserId, RecordAccess::getAction,
        RecordAccess::getDetail).contains(tuple("practitioner", RecordUpkeep.CHANGE_DETAILS, "preferredLanguage"),
            tuple("practitioner2", RecordUpkeep.CHANGE_DETAILS, "preferredLanguage"));
    String page = http.withBasicAuth("practitioner", "demo")
        .exchange("/people/" + personId, HttpMethod.GET, null, String.class).getBody();
    assertThat(page).contains("Preferred language (in words, such as Polish or British Sign Language) changed by"
        + " Paul Owen").contains("was Polish, now British Sign Language");

    ResponseEntity<Map<String, Object>> tooLong = patching("practitioner").exchange(
        "/api/people/" + personId + "/details", HttpMethod.PATCH, json(Map.of("preferredLanguage", "P".repeat(101))),
        JSON);
    assertThat(tooLong.getStatusCode().value()).isEqualTo(400);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> problems = (List<Map<String, Object>>) tooLong.getBody().get("problems");
    assertThat(problems).extracting(p -> p.get("field")).containsExactly("preferredLanguage");
    assertThat(people.findById(personId).orElseThrow().getPreferredLanguage()).isEqualTo("British Sign Language");
    assertThat(changes.findByPersonIdOrderByChangedAtAscIdAsc(personId)).hasSize(2);
  }

  @Test
  void aChangeThatWouldMakeTheRecordATwinOfAnotherIsRefusedNamingIt() {
    Person other = person();
    Person person = people.save(org.letstalk.person.Person.from(new org.letstalk.person.PersonDetails("Nora",
        "Someone" + RecordFixtures.uniqueWord(), other.getDateOfBirth(), null, other.getPostcode(), null, null, null,
        null), java.time.Instant.now()));

    ResponseEntity<Map<String, Object>> answer = patching("practitioner").exchange(
        "/api/people/" + person.getId() + "/details", HttpMethod.PATCH,
        json(Map.of("familyName", other.getFamilyName())), JSON);

    assertThat(answer.getStatusCode().value()).isEqualTo(409);
    assertThat((String) answer.getBody().get("message")).contains(other.getId().toString())
        .contains("propose merging");
    assertThat(changes.findByPersonIdOrderByChangedAtAscIdAsc(person.getId())).isEmpty();
  }

  private Person person() {
    return RecordFixtures.person(people, "Nora", "Upkeep" + RecordFixtures.uniqueWord(), LocalDate.of(1947, 7, 7),
        null, RecordFixtures.uniquePostcode());
  }

  private ResponseEntity<List<Map<String, Object>>> patch(String user, UUID personId, Map<String, Object> body) {
    return patching(user).exchange("/api/people/" + personId + "/details", HttpMethod.PATCH, json(body), LIST);
  }

  /** The JDK's HTTP client, which sends PATCH (the default one does not). */
  private TestRestTemplate patching(String user) {
    return new TestRestTemplate(builder.rootUri(http.getRootUri()).requestFactory(() -> new JdkClientHttpRequestFactory()))
        .withBasicAuth(user, "demo");
  }

  private static HttpEntity<Object> json(Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }
}
