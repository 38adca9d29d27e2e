package org.letstalk.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.letstalk.safeguarding.SafeguardingFixtures.externalConcern;
import static org.letstalk.FormFixtures.with;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.letstalk.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** POST /api/safeguarding-concerns: a concern from outside the council, as another system sends it. */
@PostgresTest
class SafeguardingApiTest {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
  };

  @Autowired
  TestRestTemplate http;

  @Autowired
  SafeguardingConcernRepository concerns;

  @Test
  void aConcernFromOutsideIsRecordedAndWaitsForADecision() {
    ResponseEntity<Map<String, Object>> answer = post("frontdoor", externalConcern());

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String concernId = (String) answer.getBody().get("concernId");
    assertThat(answer.getHeaders().getLocation()).hasToString("/api/safeguarding-concerns/" + concernId);
    assertThat(answer.getBody()).containsKeys("processInstanceId", "decisionDueAt");
    assertThat((List<?>) answer.getBody().get("nextTasks")).as("the front door does not see the decision").isEmpty();

    ResponseEntity<Map<String, Object>> asSafeguarding = post("safeguarding", externalConcern());
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> next = (List<Map<String, Object>>) asSafeguarding.getBody().get("nextTasks");
    assertThat(next).singleElement().satisfies(t -> assertThat(t).containsEntry("taskDefinitionKey", "Task_DecideConcern"));

    ResponseEntity<Map<String, Object>> read = http.withBasicAuth("safeguarding", "demo")
        .exchange("/api/safeguarding-concerns/" + concernId, HttpMethod.GET, null, JSON);
    assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(read.getBody()).containsEntry("raisedIn", "EXTERNAL").containsEntry("abuseType", "FINANCIAL_OR_MATERIAL");
    assertThat(http.withBasicAuth("frontdoor", "demo")
        .exchange("/api/safeguarding-concerns/" + concernId, HttpMethod.GET, null, JSON).getStatusCode())
        .as("safeguarding records are only for those who need them").isEqualTo(HttpStatus.FORBIDDEN);
    String instance = "/engine-rest/process-instance/" + answer.getBody().get("processInstanceId");
    assertThat(http.withBasicAuth("frontdoor", "demo").exchange(instance + "/variables", HttpMethod.GET, null, String.class)
        .getStatusCode()).as("nor through the engine API").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.withBasicAuth("practitioner", "demo").exchange(
        "/engine-rest/task?processInstanceId=" + answer.getBody().get("processInstanceId"), HttpMethod.GET, null,
        String.class).getBody()).isEqualTo("[]");
  }

  static Stream<Arguments> badConcerns() {
    Map<String, Object> ok = externalConcern();
    return Stream.of(
        Arguments.of(with(ok, "concernDescription", null), "concernDescription"),
        Arguments.of(with(ok, "concernDescription", "   "), "concernDescription"),
        Arguments.of(with(ok, "abuseType", "BULLYING"), "abuseType"),
        Arguments.of(with(ok, "abuseType", null), "abuseType"),
        Arguments.of(with(ok, "personName", null), "personName"),
        Arguments.of(with(ok, "reportedBy", null), "reportedBy"),
        Arguments.of(with(ok, "personId", "not-an-id"), "personId"),
        Arguments.of(with(ok, "immediateDanger", true), "emergencyActionTaken"),
        Arguments.of(with(ok, "capacity", "MAYBE"), "capacity"),
        Arguments.of(with(ok, "route", "NO_FURTHER_ACTION"), "route"));
  }

  @ParameterizedTest
  @MethodSource("badConcerns")
  void badInputIsRefusedNamingTheFieldAndNothingIsStored(Map<String, Object> body, String field) {
    long before = concerns.count();

    ResponseEntity<Map<String, Object>> answer = post("frontdoor", body);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody()).containsEntry("field", field);
    assertThat((String) answer.getBody().get("message")).startsWith(field + ":");
    assertThat(concerns.count()).isEqualTo(before);
  }

  @Test
  void theTasklistStartFormRefusesAConcernWithNoDescriptionNamingTheField() {
    long before = concerns.count();
    Map<String, Object> variables = Map.of(
        "personName", Map.of("value", "Ada Test"), "reportedBy", Map.of("value", "Care home manager"),
        "abuseType", Map.of("value", "NEGLECT_AND_ACTS_OF_OMISSION"), "immediateDanger", Map.of("value", false));

    ResponseEntity<Map<String, Object>> answer = http.withBasicAuth("frontdoor", "demo").exchange(
        "/engine-rest/process-definition/key/safeguarding-concern/submit-form", HttpMethod.POST,
        json(Map.of("variables", variables)), JSON);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody().get("problems")).asList().extracting("field", "message").contains(
        org.assertj.core.groups.Tuple.tuple("concernDescription", "\u201cWhat happened, or what is feared\u201d needs an answer."));
    assertThat(concerns.count()).isEqualTo(before);
  }

  @Test
  void aDecisionWithNoReasonThroughTasklistIsRefusedAndTheTaskStaysOpen() {
    ResponseEntity<Map<String, Object>> created = post("safeguarding", externalConcern());
    @SuppressWarnings("unchecked")
    String taskId = (String) ((List<Map<String, Object>>) created.getBody().get("nextTasks")).get(0).get("id");
    Map<String, Object> variables = Map.of(
        "abuseType", Map.of("value", "FINANCIAL_OR_MATERIAL"), "capacity", Map.of("value", "HAS_CAPACITY"),
        "careAndSupportNeeds", Map.of("value", "MET_BY_COUNCIL"),
        "experiencingOrAtRiskOfAbuse", Map.of("value", true), "unableToProtectThemselves", Map.of("value", true),
        "route", Map.of("value", "S42_ENQUIRY"));

    ResponseEntity<Map<String, Object>> answer = http.withBasicAuth("senior", "demo").exchange(
        "/engine-rest/task/" + taskId + "/submit-form", HttpMethod.POST, json(Map.of("variables", variables)), JSON);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody().get("problems")).asList().extracting("field", "message").contains(
        org.assertj.core.groups.Tuple.tuple("decisionReason", "\u201cReasons for the decision\u201d needs an answer."));
    assertThat(http.withBasicAuth("senior", "demo").exchange("/engine-rest/task/" + taskId, HttpMethod.GET, null, JSON)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(concerns.findById(java.util.UUID.fromString((String) created.getBody().get("concernId")))
        .orElseThrow().getRoute()).isNull();
  }

  @Test
  void signInIsRequired() {
    assertThat(http.postForEntity("/api/safeguarding-concerns", externalConcern(), String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void aGroupThatMayNotRaiseConcernsIsForbiddenAndNothingIsStored() {
    long before = concerns.count();
    assertThat(post("carers", externalConcern()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post("panel", externalConcern()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(concerns.count()).isEqualTo(before);
  }

  private ResponseEntity<Map<String, Object>> post(String user, Object body) {
    return http.withBasicAuth(user, "demo").exchange("/api/safeguarding-concerns", HttpMethod.POST, json(body), JSON);
  }

  private static HttpEntity<Object> json(Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }
}
