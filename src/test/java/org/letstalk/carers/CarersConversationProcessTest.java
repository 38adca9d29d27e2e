package org.letstalk.carers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.letstalk.FormFixtures.with;
import static org.letstalk.RefusalAssertions.assertThatRejected;
import static org.letstalk.carers.CarersFixtures.carerDetails;
import static org.letstalk.carers.CarersFixtures.carerRecord;
import static org.letstalk.carers.CarersFixtures.carersEligibility;
import static org.letstalk.carers.CarersFixtures.carersLetsTalk1;
import static org.letstalk.carers.CarersFixtures.carersPlan;
import static org.letstalk.carers.CarersFixtures.eligibleCarer;
import static org.letstalk.carers.CarersFixtures.letsTalk1WithCarerAccepting;
import static org.letstalk.carers.CarersFixtures.withReplacementCare;
import static org.letstalk.conversation.ConversationFixtures.contactAbout;
import static org.letstalk.conversation.ConversationFixtures.crisisFor;
import static org.letstalk.conversation.ConversationFixtures.letsTalk2;
import static org.letstalk.conversation.ConversationFixtures.review;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.Test;
import org.letstalk.PostgresTest;
import org.letstalk.conversation.AllegedPerson;
import org.letstalk.conversation.ConversationOutcome;
import org.letstalk.document.DocumentKind;
import org.letstalk.document.DocumentTexts;
import org.letstalk.document.PersonDocument;
import org.letstalk.document.PersonDocumentRepository;
import org.letstalk.identity.Groups;
import org.letstalk.involvement.InvolvementRepository;
import org.letstalk.involvement.InvolvementStatus;
import org.letstalk.plan.PlanStatus;
import org.letstalk.plan.PlanType;
import org.letstalk.plan.SupportPlan;
import org.letstalk.plan.SupportPlanItem;
import org.letstalk.plan.SupportPlans;
import org.letstalk.record.RecordSection;
import org.letstalk.record.SummaryItem;
import org.letstalk.record.TimelineEntry;
import org.letstalk.record.Viewer;
import org.letstalk.team.TeamDuty;
import org.letstalk.team.Teams;
import org.letstalk.validation.InputRejectedException;
import org.springframework.beans.factory.annotation.Autowired;

/** Carers in their own right [T Part 4; W ¶83-93, ¶117; N 3.7g]. */
@PostgresTest
class CarersConversationProcessTest extends CarersTestSupport {

  @Autowired
  CarersRecord carersRecord;

  @Autowired
  CarerConversationRepository carerConversations;

  @Autowired
  InvolvementRepository involvements;

  @Autowired
  PersonDocumentRepository documents;

  @Autowired
  SupportPlans plans;

  @Autowired
  Teams teams;

  /** The demo South locality's queue: practitioner2's team, which holds the cared-for people's cases here. */
  static final String SOUTH = "team-south-locality-demo";

  @Test
  void anAcceptedOfferStartsACarersConversationWithTheCarersCentreWhileARefusalRecordsWhy() {
    ProcessInstance refusing = involvementWaitingAtLetsTalk1(contactAbout("Rhys"));
    ProcessInstance refusingLt1 = calledProcessInstance("lets-talk-1", refusing);
    assertThatRejected(() -> complete("practitioner2", refusingLt1, "Task_HoldLetsTalk1",
        with(letsTalk1WithCarerAccepting("LT1"), "carerConversationRefused", true)))
        .isInstanceOf(InputRejectedException.class).hasMessageStartingWith("carerRefusedReason:");
    complete("practitioner2", refusingLt1, "Task_HoldLetsTalk1", with(letsTalk1WithCarerAccepting("LT1"),
        "carerConversationRefused", true, "carerRefusedReason", "His sister says she copes and wants no fuss"));
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("carers-conversation")
        .variableValueEquals("caredForId", refusing.getBusinessKey()).count()).isZero();

    ProcessInstance accepting = involvementWaitingAtLetsTalk1(contactAbout("Alys"));
    complete("practitioner2", calledProcessInstance("lets-talk-1", accepting), "Task_HoldLetsTalk1",
        letsTalk1WithCarerAccepting("LT1"));

    ProcessInstance carer = carersConversationFor(accepting.getBusinessKey());
    assertThat(carer).isWaitingAt("Task_RecordCarerDetails");
    assertThat(taskService.getIdentityLinksForTask(task("Task_RecordCarerDetails", carer).getId()))
        .extracting(IdentityLink::getGroupId).as("the council's carers' centre team, not the role's queue")
        .containsExactly(teams.withDuty(TeamDuty.CARERS_CENTRE).orElseThrow().getGroupId());
    assertThat(task("Task_RecordCarerDetails", carer).getName()).startsWith("Who is the carer of Alys Conv");
    complete("practitioner2", calledProcessInstance("lets-talk-1", accepting), "Task_HoldLetsTalk1",
        letsTalk1WithCarerAccepting("LT1"));
    assertThat(carersConversationFor(accepting.getBusinessKey()).getId())
        .as("accepted again before the carers' centre took it up: still one").isEqualTo(carer.getId());

    ProcessInstance crisis = involvementFrom(contactAbout("Osian"), crisisFor("practitioner2"));
    complete("practitioner2", calledProcessInstance("lets-talk-2", crisis), "Task_HoldLetsTalk2", with(letsTalk2(14),
        "carerPresent", true, "carerConversationOffered", true, "carerConversationRefused", false));
    assertThat(carersConversationFor(crisis.getBusinessKey())).as("a Let's Talk 2 offers too")
        .isWaitingAt("Task_RecordCarerDetails");
  }

  @Test
  void aSecondCarerOfferedWhileTheFirstWaitsForTheCarersCentreGetsAConversationOfTheirOwn() {
    ProcessInstance involvement = involvementWaitingAtLetsTalk1(contactAbout("Gwen"));
    complete("practitioner2", calledProcessInstance("lets-talk-1", involvement), "Task_HoldLetsTalk1",
        with(letsTalk1WithCarerAccepting("LT1"), "carerName", "Bethan Evans"));
    complete("practitioner2", calledProcessInstance("lets-talk-1", involvement), "Task_HoldLetsTalk1",
        with(letsTalk1WithCarerAccepting("LT1"), "carerName", "Dylan Evans"));
    complete("practitioner2", calledProcessInstance("lets-talk-1", involvement), "Task_HoldLetsTalk1",
        with(letsTalk1WithCarerAccepting("LT1"), "carerName", "Dylan Evans"));

    List<ProcessInstance> waiting = runtime.createProcessInstanceQuery().processDefinitionKey("carers-conversation")
        .variableValueEquals("caredForId", involvement.getBusinessKey()).activityIdIn("Task_RecordCarerDetails")
        .list();
    assertThat(waiting).as("both carers kept; the same carer accepting again adds nothing").hasSize(2);
    assertThat(waiting).extracting(carer -> runtime.getVariable(carer.getId(), "offeredCarerName"))
        .containsExactlyInAnyOrder("Bethan Evans", "Dylan Evans");
  }

  @Test
  void theCarerIsLinkedToThePersonCaredForAndTheLinkShowsOnBothRecords() {
    ProcessInstance involvement = involvementWaitingAtLetsTalk1(contactAbout("Nia"));
    complete("practitioner2", calledProcessInstance("lets-talk-1", involvement), "Task_HoldLetsTalk1",
        letsTalk1WithCarerAccepting("LT1"));
    ProcessInstance carer = carersConversationFor(involvement.getBusinessKey());
    assertThatRejected(() -> complete("carers", carer, "Task_RecordCarerDetails",
        with(carerDetails("Daughter"), "hoursOfCarePerWeek", 200)))
        .isInstanceOf(InputRejectedException.class).hasMessageStartingWith("hoursOfCarePerWeek:");
    assertThatRejected(() -> complete("carers", carer, "Task_RecordCarerDetails",
        with(carerDetails("Daughter"), "relationship", null)))
        .isInstanceOf(InputRejectedException.class).hasMessageStartingWith("relationship:");

    complete("carers", carer, "Task_RecordCarerDetails",
        with(carerDetails("Daughter"), "hoursOfCarePerWeek", 35, "livesTogether", false));

    String carerId = (String) runtime.getVariable(carer.getId(), "personId");
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(carer.getId()).singleResult().getBusinessKey())
        .as("the carer's own process").isEqualTo(carerId);
    assertThat(task("Task_HoldCarersLetsTalk1", carer).getName()).startsWith("Carer's Let's Talk 1: Geraint Carer");
    List<SummaryItem> carersSide = carersRecord.itemsFor(UUID.fromString(carerId), null);
    assertThat(carersSide).singleElement().satisfies(item -> {
      assertThat(item.section()).isEqualTo(RecordSection.CARERS);
      assertThat(item.label()).startsWith("Cares for Nia Conv");
      assertThat(item.detail()).isEqualTo("Daughter, 35 hours of care a week, living apart");
    });
    assertThat(carersRecord.itemsFor(UUID.fromString(involvement.getBusinessKey()), null)).singleElement()
        .satisfies(item -> assertThat(item.label()).startsWith("Cared for by Geraint Carer"));
  }

  @Test
  void aCarersLetsTalk1RecordsTheCarerInTheirOwnRightAndCombinesOnlyWhenBothAgree() {
    ProcessInstance carer = carerAtLetsTalk1("Eira");
    for (String missing : List.of("strengthsNetwork", "ableToCareNow", "willingToCareInFuture", "recreation",
        "workEducationTraining", "riskOfBreakdown", "caredForNeedsImpact", "outcomeRationale")) {
      assertThatRejected(() -> complete("carers", carer, "Task_HoldCarersLetsTalk1",
          with(carersLetsTalk1("LT1"), missing, null)))
          .isInstanceOf(InputRejectedException.class).hasMessageStartingWith(missing + ":");
    }
    assertThatRejected(() -> complete("carers", carer, "Task_HoldCarersLetsTalk1",
        with(carersLetsTalk1("LT1"), "riskOfBreakdown", "HIGH")))
        .isInstanceOf(InputRejectedException.class).hasMessageStartingWith("riskOfBreakdownNotes:");
    assertThatRejected(() -> complete("carers", carer, "Task_HoldCarersLetsTalk1",
        with(carersLetsTalk1("LT1"), "combinedConversation", true, "carerAgreesToCombine", true)))
        .as("a combined conversation only when both agree [W ¶83]")
        .isInstanceOf(InputRejectedException.class).hasMessageStartingWith("caredForAgreesToCombine:");

    complete("carers", carer, "Task_HoldCarersLetsTalk1", with(carersLetsTalk1("LT1"), "combinedConversation", true,
        "carerAgreesToCombine", true, "caredForAgreesToCombine", true));

    assertThat(carer).isWaitingAt("Task_HoldCarersLetsTalk1");
    assertThat(task("Task_HoldCarersLetsTalk1", carer)).isAssignedTo("carers");
    assertThat(taskService.getIdentityLinksForTask(task("Task_HoldCarersLetsTalk1", carer).getId()))
        .as("the carers' centre team's work, not every practitioner's").filteredOn(link -> link.getGroupId() != null)
        .extracting(IdentityLink::getGroupId).containsOnly("team-carers-centre-demo");
    UUID carerId = UUID.fromString((String) runtime.getVariable(carer.getId(), "personId"));
    CarerConversation held = carerConversations.findByCarerIdOrderByHeldAt(carerId).get(0);
    assertThat(held.isCombined()).isTrue();
    assertThat(held.getOutcome()).isEqualTo(ConversationOutcome.LT1);
    assertThat(held.getRecreation()).contains("golf");
    assertThat(carersRecord.entriesFor(carerId, null)).extracting(TimelineEntry::title)
        .anyMatch(title -> title.startsWith("Recorded as carer of Eira Conv"));
    assertThat(carersRecord.entriesFor(carerId, null)).filteredOn(entry -> entry.title().startsWith("Carer's"))
        .singleElement().satisfies(entry -> {
      assertThat(entry.title()).startsWith("Carer's Let's Talk 1 about caring for Eira Conv").endsWith("(combined, both agreed)");
      assertThat(entry.details()).contains("Risk of carer breakdown: medium");
    });
    assertThat(documents.findByPersonIdOrderByMadeAtAsc(carerId)).as("the carer's own written record (Care Act 2014 s12(3))")
        .singleElement().satisfies(doc -> {
      assertThat(doc.getKind()).isEqualTo(DocumentKind.CARERS_LETS_TALK_1_RECORD);
      assertThat(DocumentTexts.of(doc.getContent())).contains("Our conversation with you about caring",
          "Eira Conv", "together, as you both agreed", "round of golf", "some risk that caring could break down",
          "We will talk again");
    });
  }

  @Test
  void whenCaringIsInCrisisTheCarerHasALetsTalk2() {
    ProcessInstance carer = carerAtLetsTalk1("Gwen");
    complete("carers", carer, "Task_HoldCarersLetsTalk1", with(carersLetsTalk1("LT2"), "riskOfBreakdown", "HIGH",
        "riskOfBreakdownNotes", "Has not slept for three nights"));
    assertThat(carer).isWaitingAt("CallActivity_LetsTalk2");
    ProcessInstance lt2 = calledProcessInstance("lets-talk-2", carer);
    complete("carers", lt2, "Task_HoldLetsTalk2", letsTalk2(14));
    complete("carers", lt2, "Task_CrisisPlanUnderWay",
        Map.of("planDecision", "REVIEW_NOW", "planDecisionReason", "Night sitter found"));
    complete("carers", lt2, "Task_ReviewCrisisPlan", review("LT1"));

    assertThat(carer).hasPassed("CallActivity_LetsTalk2").isWaitingAt("Task_HoldCarersLetsTalk1");
  }

  @Test
  void aSafeguardingConcernGoesToTheDecisionMakersAndTheCarersCentreKeepsInTouch() {
    ProcessInstance carer = carerAtLetsTalk1("Ffion");
    complete("carers", carer, "Task_HoldCarersLetsTalk1", with(carersLetsTalk1("SAFEGUARDING"),
        "concernAllegedPersonName", "Huw Price", "concernAllegedPersonRelationship", "Brother"));

    assertThat(carer).hasPassed("Task_SafeguardingConcern").isWaitingAt("Task_HoldCarersLetsTalk1");
    String carerId = (String) runtime.getVariable(carer.getId(), "personId");
    ProcessInstance concern = runtime.createProcessInstanceQuery().processDefinitionKey("safeguarding-concern")
        .variableValueEquals("personId", carerId).singleResult();
    assertThat(runtime.getVariable(concern.getId(), "allegedPersonName")).isEqualTo("Huw Price");
    assertThat(runtime.getVariable(concern.getId(), "allegedPersonRelationship")).isEqualTo("Brother");
    assertThat(runtime.getVariables(carer.getId())).as("the concern's detail stays in the safeguarding records")
        .doesNotContainKeys("concernAllegedPersonName", "concernAllegedPersonRelationship", "outcomeRationale")
        .doesNotContainValue("Huw Price").doesNotContainValue("Brother");
    assertThat(carerConversations.findByCarerIdOrderByHeldAt(UUID.fromString(carerId)).get(0)
        .getConcernAllegedPerson()).isEqualTo(new AllegedPerson("Huw Price", "Brother"));
    assertThat(carersRecord.entriesFor(UUID.fromString(carerId), new Viewer("carers", List.of(Groups.CARERS_CENTRE))))
        .as("the carer's record, as the carers' centre reads it").flatExtracting(TimelineEntry::details)
        .noneMatch(line -> line.contains("Agreed with him: SAFEGUARDING"));
    assertThat(carersRecord.entriesFor(UUID.fromString(carerId), new Viewer("senior", List.of(Groups.SENIOR_PRACTITIONERS))))
        .flatExtracting(TimelineEntry::details).anyMatch(line -> line.contains("Agreed with him: SAFEGUARDING"));
  }

  @Test
  void closingTheCarersInvolvementNeedsAManagersAuthorisation() {
    ProcessInstance carer = carerAtLetsTalk1("Elin");
    complete("carers", carer, "Task_HoldCarersLetsTalk1", carersLetsTalk1("NO_ONGOING_NEED"));
    ProcessInstance authorisation = calledProcessInstance("funding-authorisation", carer);
    // The carer's case is the carers' centre's: its manager decides, not a manager of the localities.
    assertThat(taskService.getIdentityLinksForTask(task("Task_DecideAuthorisation", authorisation).getId()))
        .extracting(link -> link.getGroupId()).containsExactly("team-carers-centre-demo-managers");
    decideAuthorisation("teammanager2", authorisation, "DECLINED", "Talk about breaks first");
    assertThat(carer).hasPassed("Gateway_ClosureDecision").isWaitingAt("Task_HoldCarersLetsTalk1");

    complete("carers", carer, "Task_HoldCarersLetsTalk1", carersLetsTalk1("NO_ONGOING_NEED"));
    approveAuthorisation("teammanager2", calledProcessInstance("funding-authorisation", carer));

    assertThat(carer).isEnded().hasPassed("Task_CloseInvolvement", "EndEvent_Closed");
    UUID carerId = carerIdOf(carer);
    assertThat(involvements.findByPersonIdOrderByStartedAt(carerId)).singleElement()
        .satisfies(i -> assertThat(i.getStatus()).isEqualTo(InvolvementStatus.CLOSED));
  }

  @Test
  void whenTheCarerCanNoLongerCareThePersonCaredForIsReassessed() {
    // Her own involvement has closed: nothing is open for her when her husband says he cannot go on.
    ProcessInstance involvement = involvementWaitingAtLetsTalk1(contactAbout("Megan"));
    complete("practitioner2", calledProcessInstance("lets-talk-1", involvement), "Task_HoldLetsTalk1",
        letsTalk1WithCarerAccepting("NO_ONGOING_NEED"));
    approveAuthorisation("teammanager", calledProcessInstance("funding-authorisation", involvement));
    assertThat(involvement).isEnded();
    ProcessInstance carer = carersConversationFor(involvement.getBusinessKey());
    complete("carers", carer, "Task_RecordCarerDetails", carerDetails("Husband"));

    complete("carers", carer, "Task_HoldCarersLetsTalk1",
        with(carersLetsTalk1("LT1"), "ableToCareNow", false, "riskOfBreakdown", "HIGH",
            "riskOfBreakdownNotes", "His back has gone; he cannot lift her any more"));

    assertThat(carer).hasPassed("StartEvent_CanNoLongerCare", "Event_StartCaredForReassessment",
        "EndEvent_ReassessmentStarted").isWaitingAt("Task_HoldCarersLetsTalk1");
    ProcessInstance reassessment = runtime.createProcessInstanceQuery().processDefinitionKey("involvement")
        .processInstanceBusinessKey(involvement.getBusinessKey()).active().singleResult();
    assertThat(reassessment).as("a Let's Talk 1 for her [W ¶117]").isNotNull().isWaitingAt("CallActivity_LetsTalk1");
    assertThat((String) runtime.getVariable(reassessment.getId(), "presentingNeed")).contains("can no longer care");
    ProcessInstance lt1 = calledProcessInstance("lets-talk-1", reassessment);
    assertThat(taskService.getIdentityLinksForTask(task("Task_HoldLetsTalk1", lt1).getId()))
        .extracting(IdentityLink::getGroupId).as("the team that held her last case, not every practitioner")
        .containsExactly(SOUTH);
  }

  @Test
  void aCarerWhoseNeedsAreNotEligibleHasAWrittenDecision() {
    ProcessInstance carer = carerAtLetsTalk1("Cerys");
    complete("carers", carer, "Task_HoldCarersLetsTalk1", carersLetsTalk1("LT3"));
    assertThat(carer).isWaitingAt("Task_HoldCarersLetsTalk3");
    assertThatRejected(() -> complete("carers", carer, "Task_HoldCarersLetsTalk3",
        with(carerRecord(), "strengthsPersonal", " ")))
        .isInstanceOf(InputRejectedException.class).hasMessageStartingWith("strengthsPersonal:");
    complete("carers", carer, "Task_HoldCarersLetsTalk3", with(carerRecord(), "agreedActions", null));

    assertThat(carer).isWaitingAt("Task_AssessCarersEligibility");
    assertThat(taskService.getVariable(task("Task_AssessCarersEligibility", carer).getId(), "eligibilityFor"))
        .as("the carers' criteria, not the adult table").isEqualTo("CARER");
    complete("carers", carer, "Task_AssessCarersEligibility", carersEligibility(false));

    assertThat(carer).isWaitingAt("Task_WriteNotEligibleDecision");
    Map<String, Object> decision = Map.of("writtenDecision", "Caring has no significant impact on her wellbeing now",
        "informationAndAdvice", "Carers' centre drop-in; the sitting service", "rightToChallengeExplained", false);
    assertThatRejected(() -> complete("carers", carer, "Task_WriteNotEligibleDecision", decision))
        .isInstanceOf(InputRejectedException.class).hasMessageStartingWith("rightToChallengeExplained:");
    complete("carers", carer, "Task_WriteNotEligibleDecision", with(decision, "rightToChallengeExplained", true));

    assertThat(carer).isEnded().hasPassed("Task_CloseNotEligible", "EndEvent_NotEligible");
    UUID carerId = carerIdOf(carer);
    assertThat(carerConversations.findByCarerIdOrderByHeldAt(carerId)).last()
        .satisfies(c -> assertThat(c.getWrittenDecision()).startsWith("Caring has no significant impact"));
    List<PersonDocument> given = documents.findByPersonIdOrderByMadeAtAsc(carerId);
    assertThat(given).as("a record of each conversation, the decision, and the closure when the case closed")
        .extracting(PersonDocument::getKind).containsExactly(DocumentKind.CARERS_LETS_TALK_1_RECORD,
            DocumentKind.CARERS_LETS_TALK_3_RECORD, DocumentKind.ELIGIBILITY_DETERMINATION, DocumentKind.CLOSURE_LETTER);
    assertThat(DocumentTexts.of(given.get(1).getContent())).contains(
        "Our conversation about support for you as a carer", "Never gives up", "send you our decision in writing");
  }

  @Test
  void aCarersPlanIsFundedOnlyOnceAuthorisedAndReplacementCareNeedsAPlanForThePersonCaredFor() {
    ProcessInstance carer = carerAtLetsTalk1("Bethan");
    complete("carers", carer, "Task_HoldCarersLetsTalk1", carersLetsTalk1("LT3"));
    complete("carers", carer, "Task_HoldCarersLetsTalk3", carerRecord());
    complete("carers", carer, "Task_AssessCarersEligibility", eligibleCarer());
    assertThat(carer).isWaitingAt("Task_WriteCarersSupportPlan");

    assertThatRejected(() -> complete("carers", carer, "Task_WriteCarersSupportPlan",
        with(carersPlan(), "personalBudget", 30)))
        .isInstanceOf(InputRejectedException.class).hasMessageStartingWith("personalBudget:");
    complete("carers", carer, "Task_WriteCarersSupportPlan", carersPlan());

    decideAuthorisation("teammanager2", calledProcessInstance("funding-authorisation", carer), "RETURNED",
        "Show what the golf costs");
    assertThat(carer).hasPassed("Gateway_PlanFunded").isWaitingAt("Task_WriteCarersSupportPlan");
    complete("carers", carer, "Task_WriteCarersSupportPlan", with(carersPlan(), "item2_outcome", ""));
    approveAuthorisation("teammanager2", calledProcessInstance("funding-authorisation", carer));

    assertThat(carer).isEnded().hasPassed("Task_ActivateCarersPlan", "EndEvent_PlanActive");
    SupportPlan plan = plans.get(UUID.fromString((String) engine.getHistoryService()
        .createHistoricVariableInstanceQuery().processInstanceId(carer.getId()).variableName("supportPlanId")
        .singleResult().getValue()));
    assertThat(plan.getPlanType()).isEqualTo(PlanType.CARER_SUPPORT);
    assertThat(plan.getStatus()).isEqualTo(PlanStatus.ACTIVE);
    assertThat(plan.getWeeklyCost()).isEqualByComparingTo("15.00");
    assertThat(plans.lines(plan.getId())).hasSize(1);
  }

  @Test
  void aCarerWhoSaysAtTheirPlansReviewThatTheyCanNoLongerCareStartsTheReassessmentOfThePersonCaredFor() {
    ProcessInstance carer = carerAtLetsTalk1("Lowri");
    String caredForId = (String) runtime.getVariable(carer.getId(), "caredForId");
    complete("carers", carer, "Task_HoldCarersLetsTalk1", carersLetsTalk1("LT3"));
    complete("carers", carer, "Task_HoldCarersLetsTalk3", carerRecord());
    complete("carers", carer, "Task_AssessCarersEligibility", eligibleCarer());
    complete("carers", carer, "Task_WriteCarersSupportPlan", carersPlan());
    approveAuthorisation("teammanager2", calledProcessInstance("funding-authorisation", carer));
    SupportPlan plan = plans.activeFor(carerIdOf(carer)).get(0);
    ProcessInstance cycle = runtime.createProcessInstanceQuery().processDefinitionKey("review-cycle")
        .processInstanceBusinessKey(plan.getId().toString()).singleResult();
    advanceTimeAndRunDueJobs(java.util.Date.from(java.time.Instant.now().plus(java.time.Duration.ofDays(49))), cycle);
    assertThat(cycle).isWaitingAt("Task_ReviewPlan");

    complete("carers", cycle, "Task_ReviewPlan", Map.of("reviewOutcome", "NO_CHANGE",
        "reviewFindings", "Her needs at night have grown; he has had a fall", "personTookPart", true,
        "carerCanNoLongerCare", true));

    ProcessInstance caredFor = runtime.createProcessInstanceQuery().processDefinitionKey("involvement")
        .processInstanceBusinessKey(caredForId).active().singleResult();
    assertThat(caredFor).as("her running involvement takes the reassessment [W ¶117]")
        .isWaitingAt("Task_ConsiderFurtherContact");
    assertThat((String) taskService.getVariable(task("Task_ConsiderFurtherContact", caredFor).getId(),
        "presentingNeed")).contains("can no longer care").contains("he has had a fall");
    assertThat(task("Task_ConsiderFurtherContact", caredFor)).as("her case's worker and team hold it")
        .isAssignedTo("practitioner2");
    assertThat(taskService.getIdentityLinksForTask(task("Task_ConsiderFurtherContact", caredFor).getId()))
        .extracting(IdentityLink::getGroupId).filteredOn(java.util.Objects::nonNull).containsExactly(SOUTH);
  }

  @Test
  void aCarerWhoAlreadyHasAnOpenCaseOfTheirOwnIsLinkedAndTheirConversationJoinsThatCase() {
    Map<String, Object> carer = carerDetails("Daughter");
    ProcessInstance carersOwnCase = involvementFrom(with(contactAbout("Geraint"),
        "familyName", carer.get("carerFamilyName"), "dateOfBirth", carer.get("carerDateOfBirth"),
        "postcode", carer.get("carerPostcode")), crisisFor("practitioner"));
    ProcessInstance caredFor = involvementWaitingAtLetsTalk1(contactAbout("Maud"));
    complete("practitioner2", calledProcessInstance("lets-talk-1", caredFor), "Task_HoldLetsTalk1",
        letsTalk1WithCarerAccepting("LT1"));
    ProcessInstance conversation = carersConversationFor(caredFor.getBusinessKey());

    complete("carers", conversation, "Task_RecordCarerDetails", carer);

    assertThat(conversation).isWaitingAt("Task_HoldCarersLetsTalk1");
    assertThat(carerIdOf(conversation).toString()).isEqualTo(carersOwnCase.getBusinessKey());
    assertThat(involvements.findByPersonIdOrderByStartedAt(carerIdOf(conversation))).singleElement()
        .satisfies(i -> assertThat(runtime.getVariable(conversation.getId(), "involvementId"))
            .isEqualTo(i.getId().toString()));
    assertThat(carersOwnCase).isWaitingAt("CallActivity_LetsTalk2");
  }

  @Test
  void replacementCareForAPersonWithNoPlanOfTheirOwnGoesOnTheCarersPlan() {
    ProcessInstance carer = carerAtLetsTalk1("Megan");
    complete("carers", carer, "Task_HoldCarersLetsTalk1", carersLetsTalk1("LT3"));
    complete("carers", carer, "Task_HoldCarersLetsTalk3", carerRecord());
    complete("carers", carer, "Task_AssessCarersEligibility", eligibleCarer());

    complete("carers", carer, "Task_WriteCarersSupportPlan",
        with(withReplacementCare(carersPlan()), "personalBudget", 400));
    approveAuthorisation("teammanager2", calledProcessInstance("funding-authorisation", carer));

    assertThat(carer).isEnded().hasPassed("Task_ActivateCarersPlan");
    SupportPlan plan = plans.get(UUID.fromString((String) engine.getHistoryService()
        .createHistoricVariableInstanceQuery().processInstanceId(carer.getId()).variableName("supportPlanId")
        .singleResult().getValue()));
    assertThat(plan.getStatus()).isEqualTo(PlanStatus.ACTIVE);
    assertThat(plans.lines(plan.getId())).extracting(SupportPlanItem::getOutcome)
        .contains("Alison is safe and comfortable while Geraint is out");
    assertThat(plan.getWeeklyCost()).isEqualByComparingTo(plans.lines(plan.getId()).stream()
        .map(SupportPlanItem::getWeeklyCost).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add));
  }
}
