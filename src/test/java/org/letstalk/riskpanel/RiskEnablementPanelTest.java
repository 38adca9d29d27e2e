package org.letstalk.riskpanel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.letstalk.RefusalAssertions.assertThatRejected;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.letstalk.PostgresTest;
import org.letstalk.ProcessTestSupport;
import org.letstalk.person.Person;
import org.letstalk.person.PersonDetails;
import org.letstalk.person.PersonRepository;
import org.letstalk.validation.InputRejectedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Coventry's complex case and risk enablement panel [C §4.2] is advisory: any member of staff may refer, the panel
 * advises, and the practitioner and their manager still decide; the referral, the advice and the decision are kept
 * with the case. It is not the funding panel, which authorises funding.
 */
@PostgresTest
class RiskEnablementPanelTest extends ProcessTestSupport {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
  };

  @Autowired
  TestRestTemplate http;

  @Autowired
  PersonRepository people;

  @Autowired
  RiskEnablementPanel panel;

  @Test
  void anyMemberOfStaffRefersThePanelAdvisesAndThePractitionerDecidesWithTheirManager() {
    UUID joan = person("Joan");
    Map<String, Object> referral = Map.of("personId", joan.toString(),
        "panelRisk", "Her home is full to the ceiling; the fire service found the exits blocked",
        "panelTriedSoFar", "Two clearances, both refused at the door",
        "panelPersonsView", "She wants to stay at home with her things",
        "panelQuestion", "How far can we go with her agreement, and what do we do if she refuses again?");

    ResponseEntity<Map<String, Object>> started = startForm("frontdoor", referral);

    assertThat(started.getStatusCode().value()).as(String.valueOf(started.getBody())).isEqualTo(200);
    ProcessInstance referred = runtime.createProcessInstanceQuery().processInstanceId((String) started.getBody()
        .get("id")).singleResult();
    assertThat(referred).isWaitingAt("Task_AdviseAtPanel");
    assertThat(runtime.getVariables(referred.getId())).as("the words live on the record")
        .doesNotContainKeys("panelRisk", "panelPersonsView", "panelQuestion");
    Task atPanel = taskService.createTaskQuery().processInstanceId(referred.getId()).singleResult();
    assertThat(atPanel.getName()).isEqualTo("Risk enablement panel: Joan Panel");
    assertThat(taskService.getIdentityLinksForTask(atPanel.getId())).extracting(IdentityLink::getGroupId)
        .as("not the funding panel").containsExactly("safeguarding");

    assertThatRejected(() -> complete("safeguarding", referred, "Task_AdviseAtPanel",
        Map.of("panelMetOn", LocalDate.now().plusDays(1).toString())))
        .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.getProblems())
            .extracting(InputRejectedException.Problem::field).containsExactly("panelMetOn", "panelAdvice"));
    complete("safeguarding", referred, "Task_AdviseAtPanel", Map.of("panelMetOn", LocalDate.now().toString(),
        "panelAdvice", "Agree one room at a time with her; a fire safety visit and a smoke alarm this week"));

    Task decide = taskService.createTaskQuery().processInstanceId(referred.getId()).singleResult();
    assertThat(decide.getTaskDefinitionKey()).isEqualTo("Task_DecideWithAdvice");
    assertThat(decide.getAssignee()).as("back to whoever referred").isEqualTo("frontdoor");
    complete("frontdoor", referred, "Task_DecideWithAdvice", Map.of("panelDecision",
        "Agreed with the team manager: one room at a time, fire safety visit booked; review in a month"));

    assertThat(referred).isEnded().hasPassed("EndEvent_Decided");
    assertThat(panel.of(joan)).singleElement().satisfies(r -> {
      assertThat(r.referredBy()).as("from the sign-in").isEqualTo("frontdoor");
      assertThat(r.risk()).startsWith("Her home is full");
      assertThat(r.advice()).contains("one room at a time");
      assertThat(r.advisedBy()).isEqualTo("safeguarding");
      assertThat(r.panelMetOn()).isEqualTo(LocalDate.now());
      assertThat(r.decision()).startsWith("Agreed with the team manager");
      assertThat(r.decidedBy()).isEqualTo("frontdoor");
    });

    ResponseEntity<Map<String, Object>> chronology = http.withBasicAuth("practitioner", "demo")
        .exchange("/api/people/" + joan + "/chronology", HttpMethod.GET, null, JSON);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> entries = (List<Map<String, Object>>) chronology.getBody().get("entries");
    assertThat(entries).extracting(e -> e.get("title")).contains(
        "Referred to the complex case and risk enablement panel",
        "Advice of the complex case and risk enablement panel", "Decided with the risk enablement panel's advice");
  }

  @Test
  void aReferralWithBadInputIsRefusedNamingEveryFieldAndNothingStarts() {
    UUID kim = person("Kim");
    long before = runtime.createProcessInstanceQuery().processDefinitionKey("risk-enablement-panel").count();

    ResponseEntity<Map<String, Object>> refused = startForm("practitioner", Map.of("personId", "not an id",
        "panelRisk", "Falls at night"));
    ResponseEntity<Map<String, Object>> nobody = startForm("practitioner", Map.of("personId",
        UUID.randomUUID().toString(), "panelRisk", "Falls", "panelPersonsView", "Stay home", "panelQuestion", "?"));

    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat((String) refused.getBody().get("message")).contains(
        "“The person's id” must be a person's id", "“What the person wants, in their own words” needs an answer",
        "“What you would like the panel to advise on” needs an answer");
    assertThat(nobody.getStatusCode().value()).isEqualTo(400);
    assertThat((String) nobody.getBody().get("message")).contains("The person's id", "no person has this id");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("risk-enablement-panel").count())
        .isEqualTo(before);
    assertThat(panel.of(kim)).isEmpty();
  }

  @Test
  void theFundingPanelAndProcessOwnersCannotReferForTheyHoldNoCases() {
    UUID lee = person("Lee");
    Map<String, Object> referral = Map.of("personId", lee.toString(), "panelRisk", "Declines all care",
        "panelPersonsView", "Left alone", "panelQuestion", "What now?");

    assertThat(startForm("panel", referral).getStatusCode().value()).isIn(403, 404);
    assertThat(startForm("processowner", referral).getStatusCode().value()).isIn(403, 404);
    assertThat(startForm("servicemanager", referral).getStatusCode().value()).isEqualTo(200);
    assertThat(panel.of(lee)).extracting(RiskEnablementPanel.Referral::referredBy).containsExactly("servicemanager");
  }

  private UUID person(String given) {
    Person person = people.save(Person.from(new PersonDetails(given, "Panel", LocalDate.of(1948, 3, 3), null, null,
        null, null, null, null), Instant.now()));
    return person.getId();
  }

  private ResponseEntity<Map<String, Object>> startForm(String user, Map<String, Object> values) {
    Map<String, Object> variables = new HashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, "demo").exchange(
        "/engine-rest/process-definition/key/risk-enablement-panel/submit-form", HttpMethod.POST,
        new HttpEntity<>(Map.of("variables", variables), headers), JSON);
  }
}
