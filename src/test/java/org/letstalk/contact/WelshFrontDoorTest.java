package org.letstalk.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.letstalk.FormFixtures.with;
import static org.letstalk.RefusalAssertions.assertThatRejected;
import static org.letstalk.contact.ContactFixtures.informationAndAdvice;
import static org.letstalk.contact.ContactFixtures.newContact;
import static org.letstalk.conversation.ConversationFixtures.letsTalk1;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.letstalk.PostgresTest;
import org.letstalk.ProcessTestSupport;
import org.letstalk.contact.ProportionateAssessment.Outcome;
import org.letstalk.contact.ProportionateAssessment.RefusalDecision;
import org.letstalk.contact.ProportionateAssessments.Recorded;
import org.letstalk.dashboard.ClientLevelData;
import org.letstalk.dashboard.ClientLevelDataRows;
import org.letstalk.record.Words;
import org.letstalk.validation.InputRejectedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The front door of a Welsh council (Social Services and Well-being (Wales) Act 2014, Part 3, and its code of
 * practice): only information alone closes a contact without an assessment; advice or assistance is followed by a
 * proportionate assessment [W ¶71], which records what matters to the person and the five elements of assessment
 * [W ¶37-42, ¶78], or their refusal, which stands unless the council must still assess [W ¶124-130].
 */
@PostgresTest
@TestPropertySource(properties = "letstalk.council.nation=WALES")
class WelshFrontDoorTest extends ProcessTestSupport {

  @Autowired
  ContactRepository contacts;

  @Autowired
  ProportionateAssessments assessments;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  ClientLevelData clientLevelData;

  @Autowired
  TestRestTemplate http;

  static Map<String, Object> gave(String what) {
    return with(new HashMap<>(informationAndAdvice()), "informationAdviceOrAssistance", what);
  }

  /** What matters to Arthur and the five elements, as the practitioner records them. */
  static Map<String, Object> fiveElements(String outcome) {
    Map<String, Object> form = new HashMap<>();
    form.put("assessmentAgreed", true);
    form.put("whatMatters", "Getting back to the bowls club on Thursdays");
    form.put("circumstances", "Lives alone since his hip replacement; a daughter nearby");
    form.put("personalOutcomes", "Walk to the club safely; keep the house warm");
    form.put("barriers", "Steps at the front door; a broken boiler");
    form.put("risks", "Falls on the steps; a cold house over winter");
    form.put("strengthsAndCapabilities", "Determined; his daughter drives him; the club's members offer lifts");
    form.put("assessmentOutcome", outcome);
    form.put("assessmentOutcomeReason", "The rail and the boiler grant are enough");
    return form;
  }

  static Map<String, Object> refusal(boolean capacity, Boolean bestInterests, boolean atRisk) {
    Map<String, Object> form = new HashMap<>();
    form.put("assessmentAgreed", false);
    form.put("capacityToRefuse", capacity);
    form.put("bestInterests", bestInterests);
    form.put("atRiskOfAbuseOrNeglect", atRisk);
    form.put("refusalNotes", "Does not want the council involved; will ring the front door if that changes");
    return form;
  }

  ProcessInstance assessmentAfterAdvice() {
    ProcessInstance contact = startContact("frontdoor", newContact());
    assertThat(taskService.getVariable(task("Task_DecideContactOutcome", contact).getId(), "councilNation"))
        .as("the form asks the Welsh question").isEqualTo("WALES");
    complete("frontdoor", contact, "Task_DecideContactOutcome", gave("ADVICE"));
    assertThat(contact).hasPassed("Task_DecideWhetherAssessmentFollows").isWaitingAt("Task_ProportionateAssessment")
        .task().hasCandidateGroup("team-front-door-demo");
    assertThat(taskService.getIdentityLinksForTask(task("Task_ProportionateAssessment", contact).getId()))
        .as("the front door team's work, not every practitioner's").extracting(link -> link.getGroupId())
        .containsOnly("team-front-door-demo");
    return contact;
  }

  UUID personOf(ProcessInstance contact) {
    return contacts.findByProcessInstanceId(contact.getId()).orElseThrow().getPersonId();
  }

  /** [W ¶71]: "it is only the provision of information that does not require some sort of assessment". */
  @Test
  void informationAloneClosesTheContactWithoutAnAssessment() {
    ProcessInstance contact = startContact("frontdoor", newContact());
    assertThatRejected(() -> complete("frontdoor", contact, "Task_DecideContactOutcome", informationAndAdvice()))
        .isInstanceOf(InputRejectedException.class).hasMessageContaining("informationAdviceOrAssistance");

    complete("frontdoor", contact, "Task_DecideContactOutcome", gave("INFORMATION"));

    assertThat(contact).isEnded().hasPassed("EndEvent_InformationAndAdvice").hasNotPassed("Task_ProportionateAssessment");
    assertThat(contacts.findByProcessInstanceId(contact.getId()).orElseThrow().getInformationAdviceOrAssistance())
        .isEqualTo(InformationAdviceOrAssistance.INFORMATION);
  }

  /** [W ¶71, ¶37-42, ¶78]: advice is followed by an assessment that records what matters and the five elements. */
  @Test
  void adviceIsFollowedByAProportionateAssessmentOfWhatMattersAndTheFiveElements() {
    ProcessInstance contact = assessmentAfterAdvice();

    assertThatRejected(() -> complete("frontdoor", contact, "Task_ProportionateAssessment",
        with(fiveElements("NEEDS_MET"), "barriers", " ", "risks", null)))
        .isInstanceOf(InputRejectedException.class).hasMessageContaining("barriers").hasMessageContaining("risks");
    assertThat(contact).isWaitingAt("Task_ProportionateAssessment");
    complete("frontdoor", contact, "Task_ProportionateAssessment", fiveElements("NEEDS_MET"));

    assertThat(contact).isEnded().hasPassed("EndEvent_NeedsMet").hasNotPassed("Event_StartOrJoinInvolvement");
    assertThat(assessments.of(personOf(contact))).singleElement().satisfies(a -> {
      assertThat(a.outcome()).isEqualTo(Outcome.NEEDS_MET);
      assertThat(a.whatMatters()).contains("bowls club");
      assertThat(a.circumstances()).contains("Lives alone");
      assertThat(a.personalOutcomes()).contains("Walk to the club");
      assertThat(a.barriers()).contains("Steps");
      assertThat(a.risks()).contains("Falls");
      assertThat(a.strengthsAndCapabilities()).contains("daughter");
      assertThat(a.assessedBy()).isEqualTo("frontdoor");
    });
    assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(contact.getId())
        .variableName("whatMatters").list()).as("the person's words live in the table").isEmpty();
  }

  @Test
  void anAssessmentThatFindsCareAndSupportMayBeNeededStartsALetsTalk1() {
    ProcessInstance contact = assessmentAfterAdvice();

    complete("frontdoor", contact, "Task_ProportionateAssessment", with(fiveElements("CARE_AND_SUPPORT"),
        "assessmentOutcomeReason", "The stairs are beyond a rail: he needs a conversation about getting about",
        "allocation", "NAMED_WORKER", "allocatedWorker", "practitioner"));

    assertThat(contact).isEnded().hasPassed("Event_StartOrJoinInvolvement", "EndEvent_ConversationStarted");
    Task conversation = taskService.createTaskQuery().processInstanceBusinessKey(personOf(contact).toString())
        .taskDefinitionKey("Task_HoldLetsTalk1").singleResult();
    assertThat(conversation).isNotNull();
    assertThat(conversation.getAssignee()).isEqualTo("practitioner");
  }

  /**
   * [W ¶71]: the assessment after advice opened a case, so the contact's outcome is a new case, not advice alone:
   * the record, the dashboard and the Client Level Data request row (CLD guidance, Event Outcome: "Progress to
   * Assessment") all read it from the contact. The advice given stays on the contact.
   */
  @Test
  void aContactWhoseAssessmentOpensACaseIsANewCaseNotAdviceAlone() {
    ProcessInstance contact = assessmentAfterAdvice();
    Contact advised = contacts.findByProcessInstanceId(contact.getId()).orElseThrow();
    assertThat(advised.getOutcome()).isEqualTo(ContactOutcome.INFORMATION_AND_ADVICE);

    complete("frontdoor", contact, "Task_ProportionateAssessment", with(fiveElements("CARE_AND_SUPPORT"),
        "allocation", "NAMED_WORKER", "allocatedWorker", "practitioner"));

    Contact opened = contacts.findByProcessInstanceId(contact.getId()).orElseThrow();
    assertThat(opened.getOutcome()).isEqualTo(ContactOutcome.NEW_CASE);
    assertThat(opened.getAllocatedUser()).isEqualTo("practitioner");
    assertThat(opened.getCrisis()).isFalse();
    assertThat(opened.getInformationAdviceOrAssistance()).isEqualTo(InformationAdviceOrAssistance.ADVICE);
    assertThat(ClientLevelDataRows.ofThisQuarter(clientLevelData, personOf(contact)))
        .filteredOn(row -> "Request".equals(row.get("Event_Type"))).singleElement()
        .satisfies(row -> assertThat(row.get("Event_Outcome")).isEqualTo("Progress to Assessment"));
  }

  /** [W ¶37-42, ¶78]: the proportionate assessment is on the person's chronology with what matters and why. */
  @Test
  void theProportionateAssessmentIsOnThePersonsChronology() {
    ProcessInstance contact = assessmentAfterAdvice();
    complete("frontdoor", contact, "Task_ProportionateAssessment", fiveElements("NEEDS_MET"));

    ResponseEntity<Map<String, Object>> chronology = http.withBasicAuth("practitioner", "demo").exchange(
        "/api/people/" + personOf(contact) + "/chronology", HttpMethod.GET, null,
        new ParameterizedTypeReference<Map<String, Object>>() { });
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> entries = (List<Map<String, Object>>) chronology.getBody().get("entries");
    assertThat(entries)
        .filteredOn(e -> "Proportionate assessment: the advice or assistance meets what matters".equals(e.get("title")))
        .singleElement().satisfies(e -> assertThat(e.get("details").toString()).contains(
            "What matters, in their own words: Getting back to the bowls club on Thursdays",
            "What stands in the way: Steps at the front door", "Why: The rail and the boiler grant are enough"));
  }

  /**
   * [W ¶71]: the proportionate assessment is part of the person's story like any conversation, so the summary at the
   * top of the record (API and page) shows its date and outcome beside the case's stage.
   */
  @Test
  void theProportionateAssessmentIsInTheRecordSummary() {
    ProcessInstance contact = assessmentAfterAdvice();
    complete("frontdoor", contact, "Task_ProportionateAssessment", fiveElements("NEEDS_MET"));
    UUID person = personOf(contact);
    String assessedOn = Words.date(assessments.of(person).get(0).assessedAt());

    ResponseEntity<Map<String, Object>> summary = http.withBasicAuth("practitioner", "demo").exchange(
        "/api/people/" + person, HttpMethod.GET, null, new ParameterizedTypeReference<Map<String, Object>>() { });
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> stage = ((Map<String, List<Map<String, Object>>>) summary.getBody().get("sections"))
        .get("OPEN_INVOLVEMENT");
    assertThat(stage).filteredOn(line -> ("Proportionate assessment on " + assessedOn).equals(line.get("label")))
        .singleElement().satisfies(line -> assertThat(line.get("detail"))
            .isEqualTo("the advice or assistance meets what matters"));
    ResponseEntity<String> page = http.withBasicAuth("practitioner", "demo").exchange("/people/" + person,
        HttpMethod.GET, null, String.class);
    assertThat(page.getBody()).contains("Proportionate assessment on " + assessedOn,
        "the advice or assistance meets what matters");
  }

  /** [W ¶124]: a person with capacity may refuse; the council keeps in touch and they may change their mind. */
  @Test
  void aRefusalByAPersonWithCapacityWhoIsNotAtRiskStands() {
    ProcessInstance contact = assessmentAfterAdvice();

    complete("frontdoor", contact, "Task_ProportionateAssessment", refusal(true, null, false));

    assertThat(contact).isEnded().hasPassed("EndEvent_AssessmentRefused");
    assertThat(assessments.of(personOf(contact))).singleElement().satisfies(a -> {
      assertThat(a.outcome()).isEqualTo(Outcome.REFUSED);
      assertThat(a.refusalDecision()).isEqualTo(RefusalDecision.REFUSAL_STANDS);
      assertThat(a.refusalNotes()).contains("Does not want");
    });
  }

  /** [W ¶126]: an adult at risk of abuse or neglect who refuses is assessed from what the council knows. */
  @Test
  void anAdultAtRiskOfAbuseWhoRefusesIsStillAssessed() {
    ProcessInstance contact = assessmentAfterAdvice();

    complete("frontdoor", contact, "Task_ProportionateAssessment", refusal(true, null, true));

    assertThat(contact).hasPassed("Task_RecordProportionateAssessment").isWaitingAt("Task_ProportionateAssessment");
    assertThat(taskService.getVariable(task("Task_ProportionateAssessment", contact).getId(), "refusalOverridden"))
        .isEqualTo(true);
    Map<String, Object> fromWhatWeKnow = fiveElements("NEEDS_MET");
    fromWhatWeKnow.remove("assessmentAgreed");
    complete("frontdoor", contact, "Task_ProportionateAssessment", fromWhatWeKnow);

    assertThat(contact).isEnded().hasPassed("EndEvent_NeedsMet");
    assertThat(assessments.of(personOf(contact))).extracting(Recorded::outcome, Recorded::refusalDecision)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Outcome.ASSESS_DESPITE_REFUSAL,
                RefusalDecision.ASSESS_FROM_INFORMATION_HELD),
            org.assertj.core.groups.Tuple.tuple(Outcome.NEEDS_MET, null));
  }

  /** [W ¶126]: lacks capacity to refuse, and an assessment is in their best interests. */
  @Test
  void anAdultWhoLacksCapacityToRefuseIsAssessedInTheirBestInterests() {
    ProcessInstance contact = assessmentAfterAdvice();
    assertThatRejected(() -> complete("frontdoor", contact, "Task_ProportionateAssessment",
        refusal(false, null, false)))
        .isInstanceOf(InputRejectedException.class).hasMessageContaining("bestInterests");

    complete("frontdoor", contact, "Task_ProportionateAssessment", refusal(false, true, false));

    assertThat(contact).isWaitingAt("Task_ProportionateAssessment");
    assertThat(assessments.of(personOf(contact))).singleElement()
        .satisfies(a -> assertThat(a.refusalDecision()).isEqualTo(RefusalDecision.ASSESS_IN_BEST_INTERESTS));
  }

  /**
   * [W ¶37-42, ¶78]: a Welsh Let's Talk 1 records what matters to the person and the barriers; with the
   * circumstances, outcomes, risks and strengths every Let's Talk 1 records, the five elements of assessment.
   */
  @Test
  void aWelshLetsTalk1RecordsWhatMattersAndTheBarriers() {
    ProcessInstance contact = startContact("frontdoor", newContact());
    complete("frontdoor", contact, "Task_DecideContactOutcome", Map.of("outcome", "NEW_CASE",
        "outcomeReason", "Wants to talk about getting out again", "allocation", "NAMED_WORKER",
        "allocatedWorker", "practitioner"));
    UUID person = personOf(contact);
    ProcessInstance letsTalk1 = runtime.createProcessInstanceQuery().processDefinitionKey("lets-talk-1")
        .processInstanceBusinessKey(person.toString()).active().singleResult();
    assertThat(taskService.getVariable(task("Task_HoldLetsTalk1", letsTalk1).getId(), "councilNation"))
        .isEqualTo("WALES");

    assertThatRejected(() -> complete("practitioner", letsTalk1, "Task_HoldLetsTalk1", letsTalk1("LT1")))
        .isInstanceOf(InputRejectedException.class).hasMessageContaining("whatMatters")
        .hasMessageContaining("barriers");
    complete("practitioner", letsTalk1, "Task_HoldLetsTalk1", with(letsTalk1("LT1"),
        "whatMatters", "Getting back to the bowls club on Thursdays", "barriers", "Steps at the front door"));

    assertThat(jdbc.queryForMap("select what_matters, barriers from conversation where person_id = ?", person))
        .containsEntry("what_matters", "Getting back to the bowls club on Thursdays")
        .containsEntry("barriers", "Steps at the front door");
  }
}
