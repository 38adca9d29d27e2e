package org.letstalk.upkeep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.letstalk.RefusalAssertions.assertThatRejected;
import static org.letstalk.conversation.ConversationFixtures.contactAbout;
import static org.letstalk.conversation.ConversationFixtures.newCaseFor;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.letstalk.conversation.ConversationTestSupport;
import org.letstalk.document.DocumentKind;
import org.letstalk.document.PersonDocument;
import org.letstalk.document.PersonDocumentRepository;
import org.letstalk.involvement.Involvement;
import org.letstalk.involvement.InvolvementStatus;
import org.letstalk.person.Deaths;
import org.letstalk.person.Person;
import org.letstalk.person.PersonChangeRepository;
import org.letstalk.person.PersonDetails;
import org.letstalk.person.PersonRepository;
import org.letstalk.person.WorkEndedByDeath;
import org.letstalk.plan.Delivery;
import org.letstalk.plan.PlanStatus;
import org.letstalk.plan.PlanType;
import org.letstalk.plan.SupportPlan;
import org.letstalk.plan.SupportPlanRepository;
import org.letstalk.plan.SupportPlans;
import org.letstalk.record.Words;
import org.letstalk.review.flow.StartReviewCycle;
import org.letstalk.validation.InputRejectedException;
import org.letstalk.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A death recorded on the record ends the person's open work, says why, and a team manager closes the case. */
@PostgresTest
class PersonDiedTest extends ConversationTestSupport {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
  };

  @Autowired
  TestRestTemplate http;

  @Autowired
  PersonRepository people;

  @Autowired
  SupportPlans supportPlans;

  @Autowired
  SupportPlanRepository planRepository;

  @Autowired
  StartReviewCycle reviewCycles;

  @Autowired
  Deaths deaths;

  @Autowired
  PersonChangeRepository changes;

  @Autowired
  PersonDocumentRepository documents;

  @Test
  void aDeathEndsTheReviewCycleWithItsReasonAndATeamManagerClosesTheCase() {
    Person person = people.save(Person.from(new PersonDetails("Edith", "Died" + UUID.randomUUID(),
        LocalDate.of(1930, 2, 2), null, null, null, null, null, null), Instant.now()));
    UUID personId = person.getId();
    UUID planId = supportPlans.draft(personId, PlanType.CARE_AND_SUPPORT, Delivery.COUNCIL_ARRANGED,
        new BigDecimal("120.00"), "practitioner", "practitioners").getId();
    supportPlans.activate(planId, "teammanager");
    SupportPlan plan = reviewCycles.startFor(planId);
    ProcessInstance cycle = runtime.createProcessInstanceQuery().processInstanceId(plan.getReviewProcessInstanceId())
        .singleResult();
    assertThat(cycle).isActive();

    ResponseEntity<Map<String, Object>> recorded = post("practitioner", "/api/people/" + personId + "/death",
        Map.of("dateOfDeath", LocalDate.now().minusDays(2).toString(), "howKnown", "Her daughter rang the front door"));

    assertThat(recorded.getStatusCode().value()).as(String.valueOf(recorded.getBody())).isEqualTo(201);
    assertThat(cycle).isEnded().hasPassed("StartEvent_PersonDied", "Task_RecordWorkEndedByDeath",
        "EndEvent_PersonDied");
    assertThat(deaths.workEndedFor(personId)).extracting(WorkEndedByDeath::getProcessKey,
        WorkEndedByDeath::getProcessInstanceId).containsExactly(org.assertj.core.api.Assertions.tuple("review-cycle",
            cycle.getId()));
    assertThat(people.findById(personId).orElseThrow().getDateOfDeath()).isEqualTo(LocalDate.now().minusDays(2));
    assertThat(changes.findByPersonIdOrderByChangedAtAscIdAsc(personId)).singleElement()
        .satisfies(c -> assertThat(c.getField() + " " + c.getChangedBy()).isEqualTo("dateOfDeath practitioner"));

    ProcessInstance died = runtime.createProcessInstanceQuery().processDefinitionKey("person-died")
        .processInstanceBusinessKey(personId.toString()).singleResult();
    assertThat(died).isWaitingAt("Task_CloseCaseAfterDeath").hasPassed("Event_EndOpenWork");
    Task close = taskService.createTaskQuery().processInstanceId(died.getId()).singleResult();
    assertThat(close.getName()).startsWith("Close the case: Edith Died");
    assertThat(taskService.getIdentityLinksForTask(close.getId())).extracting(l -> l.getGroupId())
        .containsExactly("team-managers");
    assertThat(planRepository.findById(planId).orElseThrow().getStatus()).as("the plan waits for the manager")
        .isEqualTo(PlanStatus.ACTIVE);

    assertThatRejected(() -> complete("teammanager", died, "Task_CloseCaseAfterDeath", Map.of()))
        .isInstanceOf(InputRejectedException.class).hasMessageStartingWith("closingNote:");
    complete("teammanager", died, "Task_CloseCaseAfterDeath",
        Map.of("closingNote", "Home care stopped from today; the key safe code changed; GP told"));

    assertThat(died).isEnded().hasPassed("Task_CloseCase", "EndEvent_CaseClosed");
    SupportPlan ended = planRepository.findById(planId).orElseThrow();
    assertThat(ended.getStatus()).isEqualTo(PlanStatus.ENDED);
    assertThat(ended.isEndedByDeath()).isTrue();
    assertThat(deaths.death(personId).getCaseClosedBy()).isEqualTo("teammanager");

    ResponseEntity<Map<String, Object>> again = post("teammanager", "/api/people/" + personId + "/death",
        Map.of("dateOfDeath", LocalDate.now().minusDays(1).toString(), "howKnown", "Told twice"));
    assertThat(again.getStatusCode().value()).isEqualTo(409);
    // Who and when in words a worker reads: the recorder's name, never their user id, and British dates.
    assertThat((String) again.getBody().get("message"))
        .contains("already recorded by Priya Patel on " + Words.date(deaths.death(personId).getRecordedAt()))
        .contains("they died on " + Words.date(LocalDate.now().minusDays(2)))
        .doesNotContain("practitioner").doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
  }

  @Test
  void aDeathEndsTheConversationUnderWayAndTheCaseClosesWhenTheManagerSaysSo() {
    ProcessInstance involvement = involvementFrom(contactAbout("Ivor"), newCaseFor("practitioner"));
    ProcessInstance letsTalk1 = calledProcessInstance("lets-talk-1", involvement);
    UUID personId = personOf(involvement);

    assertThat(post("senior", "/api/people/" + personId + "/death",
        Map.of("dateOfDeath", LocalDate.now().toString(), "howKnown", "The hospital ward told us"))
        .getStatusCode().value()).isEqualTo(201);

    assertThat(involvement).isEnded().hasPassed("EndEvent_PersonDied");
    assertThat(letsTalk1).isEnded();
    assertThat(taskService.createTaskQuery().processInstanceId(letsTalk1.getId()).count()).isZero();
    assertThat(deaths.workEndedFor(personId)).extracting(WorkEndedByDeath::getProcessKey)
        .containsExactly("involvement");
    Involvement open = involvements.findByProcessInstanceId(involvement.getId()).orElseThrow();
    assertThat(open.getStatus()).isEqualTo(InvolvementStatus.OPEN);

    ProcessInstance died = runtime.createProcessInstanceQuery().processDefinitionKey("person-died")
        .processInstanceBusinessKey(personId.toString()).singleResult();
    complete("teammanager2", died, "Task_CloseCaseAfterDeath", Map.of("closingNote", "Nothing was in place yet"));

    Involvement closed = involvements.findByProcessInstanceId(involvement.getId()).orElseThrow();
    assertThat(closed.getStatus()).isEqualTo(InvolvementStatus.CLOSED);
    assertThat(closed.getEndReason()).startsWith("The person died on " + LocalDate.now())
        .endsWith("Nothing was in place yet");
    assertThat(documents.findByPersonIdOrderByMadeAtAsc(personId)).as("no letter is written to a person who died")
        .extracting(PersonDocument::getKind).doesNotContain(DocumentKind.CLOSURE_LETTER);
  }

  @Test
  void aDeathWithBadInputIsRefusedNamingEveryFieldAndNothingHappens() {
    Person person = people.save(Person.from(new PersonDetails("Olive", "Alive" + UUID.randomUUID(),
        LocalDate.of(1950, 2, 2), null, null, null, null, null, null), Instant.now()));

    ResponseEntity<Map<String, Object>> refused = post("practitioner", "/api/people/" + person.getId() + "/death",
        Map.of("dateOfDeath", LocalDate.now().plusDays(1).toString()));
    ResponseEntity<Map<String, Object>> beforeBirth = post("practitioner", "/api/people/" + person.getId() + "/death",
        Map.of("dateOfDeath", "1949-12-31", "howKnown", "A letter"));

    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> problems = (List<Map<String, Object>>) refused.getBody().get("problems");
    assertThat(problems).extracting(p -> p.get("message")).containsExactlyInAnyOrder(
        "dateOfDeath: must not be in the future", "howKnown: is required");
    assertThat((String) beforeBirth.getBody().get("message")).contains("must not be before the date of birth");
    assertThat(people.findById(person.getId()).orElseThrow().getDateOfDeath()).isNull();
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("person-died")
        .processInstanceBusinessKey(person.getId().toString()).count()).isZero();
    assertThat(changes.findByPersonIdOrderByChangedAtAscIdAsc(person.getId())).isEmpty();
  }

  private ResponseEntity<Map<String, Object>> post(String user, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JSON);
  }
}
