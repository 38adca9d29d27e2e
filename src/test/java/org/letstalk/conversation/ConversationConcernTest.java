package org.letstalk.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.letstalk.FormFixtures.with;
import static org.letstalk.RefusalAssertions.assertThatRejected;
import static org.letstalk.conversation.ConversationFixtures.contactAbout;
import static org.letstalk.conversation.ConversationFixtures.crisisFor;
import static org.letstalk.conversation.ConversationFixtures.letsTalk1;
import static org.letstalk.conversation.ConversationFixtures.letsTalk2;
import static org.letstalk.conversation.ConversationFixtures.newCaseFor;
import static org.letstalk.conversation.ConversationFixtures.review;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.letstalk.PostgresTest;
import org.letstalk.conversation.flow.Concluded;
import org.letstalk.safeguarding.AbuseType;
import org.letstalk.safeguarding.ConcernInConversation;
import org.letstalk.safeguarding.SafeguardingConcern;
import org.letstalk.safeguarding.SafeguardingConcernRepository;
import org.letstalk.safeguarding.flow.ConcernsInConversations;
import org.letstalk.validation.InputRejectedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * A safeguarding concern raised in the middle of a conversation reaches the decision-makers at once while the
 * conversation carries on; the involvement cannot close until the concern is decided [T 3.11].
 */
@PostgresTest
class ConversationConcernTest extends ConversationTestSupport {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
  };

  @Autowired
  TestRestTemplate http;

  @Autowired
  IdentityService identityService;

  @Autowired
  SafeguardingConcernRepository concerns;

  @Autowired
  DataSource dataSource;

  @Autowired
  ConcernsInConversations conversationConcerns;

  static ConcernInConversation lodgerPushesHer() {
    return new ConcernInConversation("Bruises on both arms; says her lodger pushes her when she asks for the rent",
        AbuseType.PHYSICAL, "Kev Lodger", "Lodger", false, null, "The lodger to leave", null);
  }

  static Map<String, Object> concern() {
    Map<String, Object> concern = new HashMap<>();
    concern.put("concernDescription", "Bruises on both arms; says her lodger pushes her when she asks for the rent");
    concern.put("abuseType", "PHYSICAL");
    concern.put("allegedPersonName", "Kev Lodger");
    concern.put("allegedPersonRelationship", "Lodger");
    concern.put("immediateDanger", false);
    concern.put("personWants", "The lodger to leave");
    return concern;
  }

  static Map<String, Object> decision(String route) {
    return Map.of("abuseType", "PHYSICAL", "capacity", "HAS_CAPACITY", "careAndSupportNeeds", "MET_BY_COUNCIL",
        "experiencingOrAtRiskOfAbuse", true, "unableToProtectThemselves", false, "route", route,
        "decisionReason", "Able to protect herself with support; the lodger is leaving. Handled as " + route);
  }

  ResponseEntity<Map<String, Object>> raise(String user, String conversationProcess, Map<String, Object> concern) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, "demo").exchange("/api/conversations/" + conversationProcess
        + "/safeguarding-concerns", HttpMethod.POST, new HttpEntity<>(concern, headers), JSON);
  }

  ProcessInstance concernProcess(SafeguardingConcern concern) {
    return runtime.createProcessInstanceQuery().processInstanceId(concern.getProcessInstanceId()).singleResult();
  }

  @Test
  void aConcernRaisedInTheMiddleOfALetsTalk1ReachesTheDecisionWhileTheConversationCarriesOn() {
    ProcessInstance involvement = involvementFrom(contactAbout("Ruth"), newCaseFor("practitioner2"));
    ProcessInstance lt1 = calledProcessInstance("lets-talk-1", involvement);

    ResponseEntity<Map<String, Object>> answer = raise("practitioner2", lt1.getId(), concern());

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(answer.getBody()).containsKeys("concernId", "decisionDueAt")
        .containsEntry("raisedInProcessInstanceId", lt1.getId());
    assertThat(lt1).hasPassed("Event_RaiseSafeguardingConcern", "EndEvent_ConcernSent")
        .isWaitingAt("Task_HoldLetsTalk1");
    assertThat(task("Task_HoldLetsTalk1", lt1)).isAssignedTo("practitioner2");
    SafeguardingConcern raised = concerns.findByRaisedInProcessInstanceId(lt1.getId()).get(0);
    assertThat(raised.getRaisedInProcessKey()).isEqualTo("lets-talk-1");
    assertThat(raised.getRaisedBy()).isEqualTo("practitioner2");
    assertThat(raised.getPersonId()).isEqualTo(personOf(involvement));
    assertThat(raised.getDescription()).contains("lodger pushes her");
    ProcessInstance concern = concernProcess(raised);
    assertThat(concern).isWaitingAt("Task_DecideConcern");
    Task decide = task("Task_DecideConcern", concern);
    assertThat(taskService.getIdentityLinksForTask(decide.getId())).extracting(IdentityLink::getGroupId)
        .containsExactlyInAnyOrder("senior-practitioners", "team-managers", "safeguarding");
    assertThat(decide.getName()).startsWith("Safeguarding decision: Ruth Conv");
  }

  @Test
  void aConcernWithoutADescriptionOrAboutAConversationTheCallerCannotWorkOnIsA400AndNothingIsRaised() {
    ProcessInstance involvement = involvementFrom(contactAbout("Sybil"), newCaseFor("practitioner2"));
    ProcessInstance lt1 = calledProcessInstance("lets-talk-1", involvement);

    ResponseEntity<Map<String, Object>> noDescription = raise("practitioner2", lt1.getId(),
        with(concern(), "concernDescription", null));
    assertThat(noDescription.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noDescription.getBody()).containsEntry("field", "concernDescription");
    ResponseEntity<Map<String, Object>> unknownType = raise("practitioner2", lt1.getId(),
        with(concern(), "abuseType", "BULLYING"));
    assertThat(unknownType.getBody()).containsEntry("field", "abuseType");
    ResponseEntity<Map<String, Object>> dangerWithoutAction = raise("practitioner2", lt1.getId(),
        with(concern(), "immediateDanger", true));
    assertThat(dangerWithoutAction.getBody()).containsEntry("field", "emergencyActionTaken");
    assertThat(raise("practitioner2", lt1.getId(), with(concern(), "personId", "someone-else")).getBody())
        .containsEntry("field", "personId");
    ResponseEntity<Map<String, Object>> notTheirs = raise("panel", lt1.getId(), concern());
    assertThat(notTheirs.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(notTheirs.getBody()).containsEntry("field", "processInstanceId");

    assertThat(concerns.findByRaisedInProcessInstanceId(lt1.getId())).as("nothing raised").isEmpty();
    assertThat(lt1).isWaitingAt("Task_HoldLetsTalk1").hasNotPassed("Event_RaiseSafeguardingConcern");
  }

  @Test
  void eachConcernIsMadeOnlyOfItsOwnRequestAndNothingOfItStaysInTheConversation() {
    ProcessInstance involvement = involvementFrom(contactAbout("Vera"), newCaseFor("practitioner2"));
    ProcessInstance lt1 = calledProcessInstance("lets-talk-1", involvement);
    assertThat(raise("practitioner2", lt1.getId(), concern()).getStatusCode()).isEqualTo(HttpStatus.CREATED);

    ResponseEntity<Map<String, Object>> second = raise("practitioner2", lt1.getId(),
        Map.of("concernDescription", "Says a neighbour takes her pension"));
    ResponseEntity<Map<String, Object>> empty = raise("practitioner2", lt1.getId(), Map.of());

    assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    SafeguardingConcern neighbour = concerns.findById(UUID.fromString((String) second.getBody().get("concernId")))
        .orElseThrow();
    assertThat(neighbour.getDescription()).isEqualTo("Says a neighbour takes her pension");
    assertThat(neighbour.getAbuseType()).as("not the first concern's").isNull();
    assertThat(neighbour.getAllegedPersonName()).as("not the first concern's").isNull();
    assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(empty.getBody()).containsEntry("field", "concernDescription");
    assertThat(concerns.findByRaisedInProcessInstanceId(lt1.getId())).hasSize(2);

    Task conversation = task("Task_HoldLetsTalk1", lt1);
    ResponseEntity<String> variables = http.withBasicAuth("practitioner2", "demo")
        .exchange("/engine-rest/task/" + conversation.getId() + "/variables", HttpMethod.GET, null, String.class);
    assertThat(variables.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(variables.getBody()).doesNotContain("lodger", "Kev Lodger", "pension", "PHYSICAL",
        "concernDescription", "allegedPersonName", "abuseType");
    assertThat(runtime.getVariables(lt1.getId()).keySet()).doesNotContain("concernDescription", "abuseType",
        "allegedPersonName", "allegedPersonRelationship", "personWants");
  }

  @Test
  void aLetsTalk1EndingInAConcernLeavesWhatWasSaidAndWhoItNamesOnlyInTheSafeguardingRecords() {
    ProcessInstance involvement = involvementFrom(contactAbout("Olwen"), newCaseFor("practitioner2"));
    ProcessInstance lt1 = calledProcessInstance("lets-talk-1", involvement);
    complete("practitioner2", lt1, "Task_HoldLetsTalk1", with(letsTalk1("SAFEGUARDING"),
        "outcomeRationale", "Bruising on her wrists; says her lodger takes her pension",
        "concernAllegedPersonName", "Ron Lodge", "concernAllegedPersonRelationship", "Her lodger"));

    SafeguardingConcern raised = concerns.findByRaisedInProcessInstanceId(involvement.getId()).get(0);
    assertThat(raised.getDescription()).isEqualTo("Bruising on her wrists; says her lodger takes her pension");
    assertThat(raised.getAllegedPersonName()).isEqualTo("Ron Lodge");
    assertThat(raised.getAllegedPersonRelationship()).isEqualTo("Her lodger");
    Task next = task("Task_HoldLetsTalk1", calledProcessInstance("lets-talk-1", involvement));
    for (String route : List.of("/engine-rest/task/" + next.getId() + "/variables",
        "/engine-rest/process-instance/" + involvement.getId() + "/variables",
        "/engine-rest/history/variable-instance?processInstanceId=" + involvement.getId(),
        "/engine-rest/history/variable-instance?processInstanceId=" + lt1.getId(),
        "/engine-rest/history/detail?processInstanceId=" + lt1.getId())) {
      ResponseEntity<String> read = http.withBasicAuth("practitioner2", "demo")
          .exchange(route, HttpMethod.GET, null, String.class);
      assertThat(read.getBody()).as(route).doesNotContain("Bruising", "pension", "Ron Lodge", "Her lodger");
    }
    for (ProcessInstance instance : List.of(involvement, lt1)) {
      assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
          .processInstanceId(instance.getId()).list())
          .extracting(v -> String.valueOf(v.getValue())).as("every value %s ever held", instance.getProcessDefinitionId())
          .noneMatch(v -> v.contains("pension") || v.contains("Ron Lodge") || v.contains("Her lodger"));
    }
    assertThat(runtime.getVariables(involvement.getId())).doesNotContainKeys("concernAllegedPersonName",
        "concernAllegedPersonRelationship", "outcomeRationale");
    String chronology = "/api/people/" + personOf(involvement) + "/chronology";
    assertThat(http.withBasicAuth("practitioner2", "demo").getForObject(chronology, String.class))
        .as("the person's record, as a practitioner reads it").doesNotContain("pension");
    assertThat(http.withBasicAuth("senior", "demo").getForObject(chronology, String.class))
        .as("as a senior practitioner, who decides concerns, reads it").contains("pension");
  }

  @Test
  void aLetsTalk2WhoseReviewEndsInAConcernRaisesItWholeAndKeepsNoneOfIt() {
    ProcessInstance involvement = involvementFrom(contactAbout("Owain"), crisisFor("practitioner2"));
    ProcessInstance lt2 = calledProcessInstance("lets-talk-2", involvement);
    complete("practitioner2", lt2, "Task_HoldLetsTalk2", letsTalk2(14));
    complete("practitioner2", lt2, "Task_CrisisPlanUnderWay",
        Map.of("planDecision", "REVIEW_NOW", "planDecisionReason", "He told us more at the visit"));
    complete("practitioner2", lt2, "Task_ReviewCrisisPlan", with(new HashMap<>(review("SAFEGUARDING")),
        "outcomeRationale", "Says his brother locks him in at night", "concernAllegedPersonName", "Ifan Owen",
        "concernAllegedPersonRelationship", "Brother"));

    assertThat(involvement).hasPassed("Task_SafeguardingConcern").isWaitingAt("CallActivity_LetsTalk1");
    SafeguardingConcern raised = concerns.findByRaisedInProcessInstanceId(involvement.getId()).get(0);
    assertThat(raised.getDescription()).isEqualTo("Says his brother locks him in at night");
    assertThat(raised.getAllegedPersonName()).isEqualTo("Ifan Owen");
    assertThat(raised.getAllegedPersonRelationship()).isEqualTo("Brother");
    assertThat(runtime.getVariables(involvement.getId())).doesNotContainKeys("concernAllegedPersonName",
        "concernAllegedPersonRelationship", "outcomeRationale")
        .doesNotContainValue("Says his brother locks him in at night");
    assertThat(plans.findByPersonIdOrderByMadeAt(personOf(involvement))).singleElement()
        .satisfies(plan -> assertThat(plan.getEndReason()).as("the plan every reader of the record sees")
            .doesNotContain("brother"));
  }

  @Test
  void anInvolvementOfAnEarlierReleaseLosesTheConcernItCarriedAtTheUpgrade() {
    ProcessInstance involvement = involvementFrom(contactAbout("Peris"), newCaseFor("practitioner2"));
    ProcessInstance lt1 = calledProcessInstance("lets-talk-1", involvement);
    // As an earlier release left them: the concern handed out of the conversation, and the form's own fields.
    runtime.setVariables(involvement.getId(), Map.of("conversationOutcome", "SAFEGUARDING",
        "conversationRationale", "Says her son takes her pension", "concernAllegedPersonName", "Dai Jones",
        "concernAllegedPersonRelationship", "Son"));
    runtime.setVariables(lt1.getId(), Map.of("outcome", "SAFEGUARDING", "outcomeRationale",
        "Says her son takes her pension", "concernAllegedPersonName", "Dai Jones"));
    ProcessInstance other = involvementFrom(contactAbout("Rhys"), newCaseFor("practitioner2"));
    runtime.setVariables(other.getId(), Map.of("conversationOutcome", "LT1",
        "conversationRationale", "Wants to get back to the choir"));

    new ResourceDatabasePopulator(new ClassPathResource(
        "engine-db/V16__concern_detail_out_of_running_instances.sql")).execute(dataSource);

    assertThat(runtime.getVariables(involvement.getId()))
        .doesNotContainKeys("concernAllegedPersonName", "concernAllegedPersonRelationship")
        .containsEntry("conversationRationale", Concluded.CONCERN_RAISED);
    assertThat(runtime.getVariables(lt1.getId())).doesNotContainKeys("outcomeRationale", "concernAllegedPersonName")
        .containsEntry("outcome", "SAFEGUARDING");
    assertThat(runtime.getVariables(other.getId()))
        .containsEntry("conversationRationale", "Wants to get back to the choir");
  }

  @Test
  void whoeverRaisedAConcernCannotClaimOrBeGivenItsDecision() {
    String raiser = "conv-concern-senior-raiser";
    if (identityService.createUserQuery().userId(raiser).count() == 0) {
      var user = identityService.newUser(raiser);
      user.setPassword("demo");
      identityService.saveUser(user);
      identityService.createMembership(raiser, "practitioners");
      identityService.createMembership(raiser, "senior-practitioners");
    }
    ProcessInstance involvement = involvementFrom(contactAbout("Wyn"), newCaseFor(raiser));
    ProcessInstance lt1 = calledProcessInstance("lets-talk-1", involvement);
    assertThat(raise(raiser, lt1.getId(), concern()).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    Task decide = task("Task_DecideConcern", concernProcess(concerns.findByRaisedInProcessInstanceId(lt1.getId()).get(0)));

    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> claimed = http.withBasicAuth(raiser, "demo").exchange(
        "/engine-rest/task/" + decide.getId() + "/claim", HttpMethod.POST,
        new HttpEntity<>(Map.of("userId", raiser), headers), String.class);
    ResponseEntity<String> given = http.withBasicAuth("senior", "demo").exchange(
        "/engine-rest/task/" + decide.getId() + "/assignee", HttpMethod.POST,
        new HttpEntity<>(Map.of("userId", raiser), headers), String.class);

    assertThat(claimed.getStatusCode()).as(claimed.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(given.getStatusCode()).as(given.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(taskService.createTaskQuery().taskId(decide.getId()).singleResult().getAssignee()).isNull();
    ResponseEntity<String> colleague = http.withBasicAuth("senior", "demo").exchange(
        "/engine-rest/task/" + decide.getId() + "/claim", HttpMethod.POST,
        new HttpEntity<>(Map.of("userId", "senior"), headers), String.class);
    assertThat(colleague.getStatusCode()).as("another decision-maker may").isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  void aConcernRaisedWhileACrisisPlanRunsLeavesThePlanRunning() {
    ProcessInstance involvement = involvementFrom(contactAbout("Tilly"), crisisFor("practitioner2"));
    ProcessInstance lt2 = calledProcessInstance("lets-talk-2", involvement);
    complete("practitioner2", lt2, "Task_HoldLetsTalk2", letsTalk2(14));

    SafeguardingConcern raised = as("practitioner2", () -> conversationConcerns.raise(lt2.getId(), lodgerPushesHer()));

    assertThat(lt2).hasPassed("EndEvent_ConcernSent").isWaitingAt("Task_CrisisPlanUnderWay");
    assertThat(raised.getRaisedInProcessKey()).isEqualTo("lets-talk-2");
    assertThat(concernProcess(raised)).isWaitingAt("Task_DecideConcern");

    complete("practitioner2", lt2, "Task_CrisisPlanUnderWay",
        Map.of("planDecision", "REVIEW_NOW", "planDecisionReason", "Lodger has moved out"));
    assertThatRejected(() -> complete("practitioner2", lt2, "Task_ReviewCrisisPlan", review("NO_ONGOING_NEED")))
        .isInstanceOf(InputRejectedException.class)
        .hasMessageStartingWith("outcome: a safeguarding concern raised in this involvement still waits");
    assertThat(lt2).isWaitingAt("Task_ReviewCrisisPlan");
  }

  @Test
  void theInvolvementCannotCloseUntilTheConcernIsDecidedAndALetsTalk2RouteJoinsIt() {
    ProcessInstance involvement = involvementFrom(contactAbout("Una"), newCaseFor("practitioner2"));
    ProcessInstance lt1 = calledProcessInstance("lets-talk-1", involvement);
    SafeguardingConcern raised = as("practitioner2", () -> conversationConcerns.raise(lt1.getId(), lodgerPushesHer()));

    assertThatRejected(() -> complete("practitioner2", lt1, "Task_HoldLetsTalk1", letsTalk1("NO_ONGOING_NEED")))
        .isInstanceOf(InputRejectedException.class)
        .hasMessageStartingWith("outcome: a safeguarding concern raised in this involvement still waits for a decision");
    assertThat(lt1).isWaitingAt("Task_HoldLetsTalk1");
    assertThat(conversations.findByPersonIdOrderByHeldAt(personOf(involvement))).as("nothing stored").isEmpty();

    ProcessInstance concern = concernProcess(raised);
    complete("senior", concern, "Task_DecideConcern", decision("LETS_TALK_2"));

    assertThat(concern).isEnded().hasPassed("Event_StartOrJoinInvolvement", "EndEvent_HandledThroughLetsTalk2");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("involvement")
        .processInstanceBusinessKey(personOf(involvement).toString()).count()).as("joined, not a second one").isOne();
    Task crisis = task("Task_ConsiderFurtherContact", involvement);
    assertThat(crisis).as("the practitioner who raised it").isAssignedTo("practitioner2");
    assertThat(runtime.getVariable(crisis.getExecutionId(), "presentingNeed")).asString()
        .startsWith("Safeguarding decision, handled through a Let's Talk 2: Able to protect herself");
    assertThat(runtime.getVariable(crisis.getExecutionId(), "crisis")).isEqualTo(true);

    complete("practitioner2", lt1, "Task_HoldLetsTalk1", letsTalk1("NO_ONGOING_NEED"));
    assertThat(involvement).isWaitingAt("CallActivity_AuthoriseClosure",
        "Task_ConsiderFurtherContact");
  }
}
