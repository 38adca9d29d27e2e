package org.letstalk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.letstalk.PostgresTest;
import org.letstalk.identity.Groups;
import org.letstalk.record.Visibility;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * A safeguarding concern raised at the front door, read by each group through every door that could show it:
 * the engine's task and history queries and the person's page. Only the groups of {@link Visibility#SAFEGUARDING}
 * read the detail on the page [T 3.11]; only the concern's candidate groups see its tasks; history of a
 * safeguarding enquiry is for nobody outside those groups.
 */
@PostgresTest
class SafeguardingVisibilityTest {

  /** Candidate groups of Task_DecideConcern, the concern's first task. */
  static final List<String> DECIDE_CONCERN = List.of(Groups.SENIOR_PRACTITIONERS, Groups.TEAM_MANAGERS,
      Groups.SAFEGUARDING);

  @Autowired
  TestRestTemplate http;

  @Autowired
  RuntimeService runtime;

  @Autowired
  TaskService tasks;

  @Autowired
  IdentityService identity;

  @TestFactory
  Stream<DynamicTest> eachGroupSeesOnlyWhatItMay() {
    String detail = "Bruises she will not explain " + UUID.randomUUID();
    Map<String, Object> contact = new HashMap<>(Map.of("givenName", "Sally", "familyName", "Guard" + detail.hashCode(),
        "dateOfBirth", "1941-03-03", "postcode", "M33 7XX", "routeOfAccess", "SELF", "contactMethod", "PHONE",
        "presentingNeed", "Falls at home", "consentToShare", true, "safeguardingConcern", true,
        "safeguardingDetail", detail));
    identity.setAuthentication("frontdoor", List.of(Groups.FRONT_DOOR));
    String contactInstance;
    try {
      contactInstance = runtime.startProcessInstanceByKey("new-contact", contact).getId();
    } finally {
      identity.clearAuthentication();
    }
    String personId = (String) runtime.getVariable(contactInstance, "personId");
    String concern = (String) runtime.getVariable(contactInstance, "safeguardingConcernProcessInstanceId");
    String decideTask = tasks.createTaskQuery().processInstanceId(concern).singleResult().getId();
    String contactTask = tasks.createTaskQuery().processInstanceId(contactInstance).singleResult().getId();

    return Groups.ALL.stream().map(group -> dynamicTest(group, () -> {
      String user = SecurityFixtures.onlyIn(identity, group);
      boolean readsDetail = Visibility.SAFEGUARDING.contains(group);

      assertThat(get(user, "/engine-rest/task?processInstanceId=" + concern).getBody().contains(decideTask))
          .as(group + " sees the decision on the concern").isEqualTo(DECIDE_CONCERN.contains(group));
      if (!readsDetail) {
        for (String history : List.of("/engine-rest/history/task?processInstanceId=" + concern,
            "/engine-rest/history/process-instance?processInstanceId=" + concern,
            "/engine-rest/history/process-instance?processDefinitionKey=safeguarding-concern&maxResults=5",
            "/engine-rest/history/variable-instance?processInstanceId=" + concern,
            "/engine-rest/history/variable-instance?variableName=concernDescription&maxResults=5",
            "/engine-rest/history/detail?processInstanceId=" + concern)) {
          ResponseEntity<String> answer = get(user, history);
          assertThat(answer.getStatusCode().value()).as(history).isEqualTo(200);
          assertThat(answer.getBody()).as(group + ": " + history).isEqualTo("[]");
        }
        assertThat(get(user, "/engine-rest/process-instance/" + concern + "/variables").getStatusCode().value())
            .as(group + " reads the concern's variables").isIn(403, 404);
        // Whoever works the contact itself reads its variables; the detail lives only in the records.
        for (String variables : List.of("/engine-rest/process-instance/" + contactInstance + "/variables",
            "/engine-rest/task/" + contactTask + "/variables", "/engine-rest/task/" + contactTask + "/form-variables")) {
          assertThat(String.valueOf(get(user, variables).getBody())).as(group + ": " + variables).doesNotContain(detail);
        }
      }
      ResponseEntity<String> page = get(user, "/people/" + personId);
      if (readsDetail) {
        assertThat(page.getBody()).as(group + " reads the concern on the record").contains(detail);
      } else {
        assertThat(String.valueOf(page.getBody())).as(group + " on the record").doesNotContain(detail);
      }
    }));
  }

  private ResponseEntity<String> get(String user, String path) {
    return http.withBasicAuth(user, SecurityFixtures.PASSWORD).exchange(path, HttpMethod.GET, null, String.class);
  }
}
