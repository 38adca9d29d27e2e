package org.letstalk.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.letstalk.PostgresTest;
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
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A team manager restricts the record of someone staff know to named groups and people: nobody else finds it,
 * reads it or writes on it, by any route, and every attempt, allowed or refused, is in the access log.
 */
@PostgresTest
class RestrictedRecordTest {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
  };

  @Autowired
  TestRestTemplate http;

  @Autowired
  PersonRepository people;

  @Autowired
  RecordAccessRepository accessLog;

  @Autowired
  RecordRestrictionRepository restrictions;

  @Autowired
  RestTemplateBuilder builder;

  @Test
  void onlyTheNamedGroupsAndPeopleReadARestrictedRecordAndEveryAttemptIsLogged() {
    String family = "Staff" + RecordFixtures.uniqueWord();
    UUID personId = RecordFixtures.person(people, "Sally", family, LocalDate.of(1980, 4, 4), null, null).getId();
    assertThat(status("senior", "/people/" + personId)).as("open before the restriction").isEqualTo(200);

    ResponseEntity<Map<String, Object>> set = put("teammanager", personId,
        restriction("Works in the practitioners' team", List.of("safeguarding"), List.of("practitioner2")));
    assertThat(set.getStatusCode().value()).as("restricted: %s", set.getBody()).isEqualTo(200);
    assertThat(set.getBody()).containsEntry("groups", List.of("safeguarding"))
        .containsEntry("users", List.of("practitioner2")).containsEntry("restrictedBy", "teammanager");

    for (String refused : List.of("practitioner", "teammanager2", "frontdoor")) {
      for (String route : List.of("/people/" + personId, "/api/people/" + personId,
          "/api/people/" + personId + "/restriction")) {
        assertThat(status(refused, route)).as(refused + " " + route).isEqualTo(403);
      }
      assertThat(get(refused, "/api/people?name=" + family).getBody()).as(refused + " finds nobody").isEqualTo("[]");
      assertThat(get(refused, "/people?name=" + family).getBody()).as(refused + " on the page")
          .doesNotContain(personId.toString());
    }
    assertThat(postNote("practitioner", personId).getStatusCode().value()).as("writes nothing either").isEqualTo(403);
    HttpHeaders json = new HttpHeaders();
    json.setContentType(MediaType.APPLICATION_JSON);
    assertThat(new TestRestTemplate(builder.rootUri(http.getRootUri())
        .requestFactory(() -> new JdkClientHttpRequestFactory())).withBasicAuth("practitioner", "demo")
        .exchange("/api/people/" + personId + "/details", HttpMethod.PATCH,
            new HttpEntity<>(Map.of("address", "9 Somewhere Else, Sale"), json), String.class).getStatusCode().value())
        .as("changes no detail").isEqualTo(403);
    assertThat(people.findById(personId).orElseThrow().getAddress()).isEqualTo("1 Test Street");
    assertThat(get("practitioner2", "/people/" + personId).getBody()).as("a named person reads it")
        .contains("Sally " + family).contains("Restricted record: only safeguarding and practitioner2 may read it");
    assertThat(status("safeguarding", "/api/people/" + personId)).as("a named group reads it").isEqualTo(200);
    assertThat(get("practitioner2", "/api/people?name=" + family).getBody()).contains(personId.toString());

    assertThat(accessLog.findByPersonIdOrderByAccessedAtAsc(personId))
        .extracting(RecordAccess::getUserId, RecordAccess::getAction)
        .contains(
            tuple("teammanager", "RESTRICT_RECORD"),
            tuple("practitioner", "REFUSED_READ_PAGE"),
            tuple("practitioner", "REFUSED_READ_API"),
            tuple("practitioner", "REFUSED_FOUND_BY_SEARCH"),
            tuple("practitioner", "REFUSED_ADD_NOTE"),
            tuple("practitioner", "REFUSED_CHANGE_DETAILS"),
            tuple("teammanager2", "REFUSED_READ_PAGE"),
            tuple("practitioner2", "READ_PAGE"),
            tuple("practitioner2", "FOUND_BY_SEARCH"),
            tuple("safeguarding", "READ_API"))
        .doesNotContain(tuple("practitioner", "READ_PAGE"), tuple("practitioner", "ADD_NOTE"));
    assertThat(accessLog.findByPersonIdOrderByAccessedAtAsc(personId)).filteredOn(a -> a.getAction()
        .equals("RESTRICT_RECORD")).singleElement().extracting(RecordAccess::getDetail).asString()
        .contains("safeguarding", "practitioner2", "Works in the practitioners' team");

    assertThat(http.withBasicAuth("teammanager", "demo").exchange("/api/people/" + personId + "/restriction",
        HttpMethod.DELETE, null, String.class).getStatusCode().value()).isEqualTo(204);
    assertThat(status("practitioner", "/people/" + personId)).as("open again once lifted").isEqualTo(200);
    assertThat(accessLog.findByPersonIdOrderByAccessedAtAsc(personId)).extracting(RecordAccess::getAction)
        .contains("LIFT_RESTRICTION");
  }

  @Test
  void onlyTeamManagersRestrictAndTheRefusalIsLogged() {
    UUID personId = RecordFixtures.person(people, "Ned", "Known" + RecordFixtures.uniqueWord(),
        LocalDate.of(1970, 1, 1), null, null).getId();
    for (String user : List.of("practitioner", "senior", "servicemanager", "safeguarding", "frontdoor")) {
      assertThat(put(user, personId, restriction("Knows the whole team", List.of("safeguarding"), List.of()))
          .getStatusCode().value()).as(user).isEqualTo(403);
      assertThat(http.withBasicAuth(user, "demo").exchange("/api/people/" + personId + "/restriction",
          HttpMethod.DELETE, null, String.class).getStatusCode().value()).as(user + " lifts").isEqualTo(403);
    }
    assertThat(restrictions.findByPersonId(personId)).isEmpty();
    assertThat(accessLog.findByPersonIdOrderByAccessedAtAsc(personId)).extracting(RecordAccess::getAction)
        .contains("REFUSED_RESTRICT_RECORD", "REFUSED_LIFT_RESTRICTION");
  }

  @Test
  void aRestrictionNamingNobodyOrGroupsAndPeopleThatCannotReadIsRefusedNamingEachField() {
    UUID personId = RecordFixtures.person(people, "Bad", "Input" + RecordFixtures.uniqueWord(),
        LocalDate.of(1970, 1, 1), null, null).getId();

    ResponseEntity<Map<String, Object>> answer = put("teammanager", personId,
        restriction(" ", List.of("process-owners", "funding-panel"), List.of("nobody-of-that-name")));
    assertThat(answer.getStatusCode().value()).isEqualTo(400);
    assertThat(answer.getBody().get("problems")).asList().extracting("field").contains("reason");

    answer = put("teammanager", personId,
        restriction("A neighbour of the team", List.of("process-owners"), List.of("nobody-of-that-name")));
    assertThat(answer.getStatusCode().value()).isEqualTo(400);
    assertThat(answer.getBody().get("problems")).asList().extracting("field").containsExactlyInAnyOrder("groups",
        "users");
    assertThat(String.valueOf(answer.getBody())).contains("process-owners", "nobody-of-that-name");

    answer = put("teammanager", personId, restriction("A neighbour of the team", List.of(), List.of()));
    assertThat(answer.getStatusCode().value()).isEqualTo(400);
    assertThat(answer.getBody().get("problems")).asList().extracting("field").containsExactly("groups");
    assertThat(restrictions.findByPersonId(personId)).as("nothing changed").isEmpty();
    assertThat(status("teammanager", "/api/people/" + personId + "/restriction")).isEqualTo(404);
  }

  @Test
  void theControlOnThePageRestrictsTheRecordForATeamManagerOnly() {
    UUID personId = RecordFixtures.person(people, "Page", "Control" + RecordFixtures.uniqueWord(),
        LocalDate.of(1970, 1, 1), null, null).getId();
    assertThat(get("practitioner", "/people/" + personId).getBody()).doesNotContain("Restrict this record");

    ResponseEntity<String> page = get("teammanager", "/people/" + personId);
    assertThat(page.getBody()).contains("Restrict this record").contains("value=\"safeguarding\"");
    String cookie = page.getHeaders().getFirst(HttpHeaders.SET_COOKIE).split(";")[0];
    String body = page.getBody();
    int at = body.indexOf("name=\"_formToken\" value=\"") + "name=\"_formToken\" value=\"".length();
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("_formToken", body.substring(at, body.indexOf('"', at)));
    form.add("groups", "senior-practitioners");
    form.add("users", "practitioner2, practitioner");
    form.add("reason", "Married to a team manager");
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.add(HttpHeaders.COOKIE, cookie);

    ResponseEntity<String> answer = http.withBasicAuth("teammanager", "demo").exchange(
        "/people/" + personId + "/restriction", HttpMethod.POST, new HttpEntity<>(form, headers), String.class);

    assertThat(answer.getStatusCode().value())
        .as("back to the search, since the manager did not name themselves: %s", answer.getBody()).isEqualTo(200);
    assertThat(answer.getBody()).contains("name=\"name\"").doesNotContain("Page Control");
    assertThat(restrictions.findByPersonId(personId)).hasValueSatisfying(r -> {
      assertThat(r.getReaderGroups()).containsExactly("senior-practitioners");
      assertThat(r.getReaderUsers()).containsExactlyInAnyOrder("practitioner", "practitioner2");
    });
    assertThat(status("teammanager", "/people/" + personId)).as("the manager did not name themselves").isEqualTo(403);
    assertThat(status("senior", "/people/" + personId)).isEqualTo(200);
  }

  private static Map<String, Object> restriction(String reason, List<String> groups, List<String> users) {
    Map<String, Object> body = new HashMap<>();
    body.put("reason", reason);
    body.put("groups", groups);
    body.put("users", users);
    return body;
  }

  private ResponseEntity<Map<String, Object>> put(String user, UUID personId, Map<String, Object> body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, "demo").exchange("/api/people/" + personId + "/restriction", HttpMethod.PUT,
        new HttpEntity<>(body, headers), JSON);
  }

  private ResponseEntity<Map<String, Object>> postNote(String user, UUID personId) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, "demo").exchange("/api/people/" + personId + "/notes", HttpMethod.POST,
        new HttpEntity<>(Map.of("date", "2024-01-01", "kind", "CALL", "category", "VERIFIED_FACT", "text",
            "Rang to ask about her own case"), headers), JSON);
  }

  private ResponseEntity<String> get(String user, String path) {
    return http.withBasicAuth(user, "demo").exchange(path, HttpMethod.GET, null, String.class);
  }

  private int status(String user, String path) {
    return get(user, path).getStatusCode().value();
  }
}
