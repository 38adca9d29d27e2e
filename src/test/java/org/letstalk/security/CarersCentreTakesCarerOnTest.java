package org.letstalk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.letstalk.PostgresTest;
import org.letstalk.identity.Groups;
import org.letstalk.person.Person;
import org.letstalk.person.PersonDetails;
import org.letstalk.person.PersonRepository;
import org.letstalk.team.TeamDuty;
import org.letstalk.team.Teams;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The carers' centre takes a carer on directly, without an offer from the conversation of the person they care
 * for, who may refuse any involvement [T 2.9]: POST /api/carers/conversations starts the carer's conversation by
 * its own start event. Only the carers' centre may; every other group is refused and nothing starts.
 */
@PostgresTest
class CarersCentreTakesCarerOnTest {

  static final String PATH = "/api/carers/conversations";

  @Autowired
  TestRestTemplate http;

  @Autowired
  Teams teams;

  @Autowired
  IdentityService identity;

  @Autowired
  RuntimeService runtime;

  @Autowired
  HistoryService history;

  @Autowired
  TaskService tasks;

  @Autowired
  PersonRepository people;

  @Test
  void theCarersCentreStartsACarersConversationForSomeoneWhoseCaredForPersonWantsNoInvolvement() {
    UUID caredFor = person().getId();

    ResponseEntity<Map> started = post(SecurityFixtures.onlyIn(identity, Groups.CARERS_CENTRE),
        Map.of("caredForId", caredFor));

    assertThat(started.getStatusCode().value()).as(String.valueOf(started.getBody())).isEqualTo(201);
    String instance = (String) started.getBody().get("processInstanceId");
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance)
        .activityId("StartEvent_CarerCameForward").count()).isOne();
    Task who = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_RecordCarerDetails")
        .singleResult();
    assertThat(who.getName()).startsWith("Who is the carer of Refuses");
    assertThat(tasks.getIdentityLinksForTask(who.getId())).extracting(IdentityLink::getGroupId)
        .as("a worker of the centre in no team: the council's carers' centre team holds it")
        .containsExactly(teams.withDuty(TeamDuty.CARERS_CENTRE).orElseThrow().getGroupId());
    assertThat(runtime.getVariable(instance, "caredForId")).isEqualTo(caredFor.toString());
  }

  @Test
  void everyOtherGroupIsRefusedAndNothingStarts() {
    UUID caredFor = person().getId();
    for (String group : Groups.ALL) {
      if (group.equals(Groups.CARERS_CENTRE)) {
        continue;
      }
      ResponseEntity<Map> answer = post(SecurityFixtures.onlyIn(identity, group), Map.of("caredForId", caredFor));
      assertThat(answer.getStatusCode().value()).as(group).isEqualTo(403);
    }
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("carers-conversation")
        .variableValueEquals("caredForId", caredFor.toString()).count()).isZero();
  }

  @Test
  void noOneCaredForOrSomeoneUnknownIsA400NamingTheField() {
    String carers = SecurityFixtures.onlyIn(identity, Groups.CARERS_CENTRE);

    ResponseEntity<Map> none = post(carers, Map.of());
    ResponseEntity<Map> unknown = post(carers, Map.of("caredForId", UUID.randomUUID()));

    assertThat(none.getStatusCode().value()).isEqualTo(400);
    assertThat(String.valueOf(none.getBody())).contains("caredForId");
    assertThat(unknown.getStatusCode().value()).isEqualTo(400);
    assertThat(String.valueOf(unknown.getBody())).contains("caredForId").contains("no such person");
  }

  private Person person() {
    return people.save(Person.from(new PersonDetails("Refuses", "Help" + UUID.randomUUID(), LocalDate.of(1940, 1, 1),
        null, "M33 7XX", null, null, null, null), Instant.now()));
  }

  private ResponseEntity<Map> post(String user, Map<String, ?> body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, SecurityFixtures.PASSWORD)
        .exchange(PATH, HttpMethod.POST, new HttpEntity<>(body, headers), Map.class);
  }
}
