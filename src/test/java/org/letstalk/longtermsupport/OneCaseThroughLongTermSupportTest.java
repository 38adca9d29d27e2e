package org.letstalk.longtermsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.letstalk.FormFixtures.with;
import static org.letstalk.carers.CarersFixtures.carerDetails;
import static org.letstalk.carers.CarersFixtures.carersLetsTalk1;
import static org.letstalk.conversation.ConversationFixtures.contactAbout;
import static org.letstalk.conversation.ConversationFixtures.crisisFor;
import static org.letstalk.conversation.ConversationFixtures.letsTalk1;
import static org.letstalk.conversation.ConversationFixtures.newCaseFor;
import static org.letstalk.longtermsupport.LetsTalk3Fixtures.analysis;
import static org.letstalk.longtermsupport.LetsTalk3Fixtures.plan;
import static org.letstalk.longtermsupport.LetsTalk3ProcessTest.eligibleAnswers;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.letstalk.PostgresTest;
import org.letstalk.carers.flow.CarersTakenOn;
import org.letstalk.involvement.Involvement;
import org.letstalk.involvement.InvolvementEpisodeRepository;
import org.letstalk.involvement.InvolvementRepository;
import org.letstalk.involvement.InvolvementStage;
import org.letstalk.involvement.InvolvementStatus;
import org.letstalk.plan.PlanStatus;
import org.letstalk.plan.SupportPlan;
import org.letstalk.plan.SupportPlans;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The involvement is the case [W ¶193-194]: it stays open through long-term support, and a further contact, a
 * crisis, a review's reassessment all join it, whatever its stage; it closes only when no plan is in force.
 * Invariant kept: at most one open involvement per person.
 */
@PostgresTest
class OneCaseThroughLongTermSupportTest extends LetsTalk3TestSupport {

  @Autowired
  InvolvementRepository involvements;

  @Autowired
  InvolvementEpisodeRepository episodes;

  @Autowired
  LetsTalk3Repository records;

  @Autowired
  SupportPlans plans;

  @Autowired
  org.letstalk.review.ReviewRepository reviews;

  @Autowired
  CarersTakenOn carersTakenOn;

  @Test
  void longTermSupportKeepsTheCaseOpenAndAFurtherContactJoinsIt() {
    Map<String, Object> contact = contactAbout("Olive");
    Case olive = inLongTermSupport(contact);

    ProcessInstance again = startContact("frontdoor", with(contact, "presentingNeed", "Daughter says she is not eating"));
    complete("frontdoor", again, "Task_DecideContactOutcome", with(newCaseFor("practitioner"),
        "outcome", "EXISTING_CASE", "crisis", false));

    assertThat(historicVariable(again, "joinedInvolvement")).isEqualTo(true);
    ProcessInstance episode = involvementOf(again);
    assertThat(episode).isWaitingAt("CallActivity_LetsTalk1");
    assertThat(runtime.getVariable(episode.getId(), "involvementId")).isEqualTo(olive.involvement().toString());
    Involvement theCase = onlyCaseOf(olive.person());
    assertThat(theCase.getStatus()).isEqualTo(InvolvementStatus.OPEN);
    assertThat(theCase.getStage()).isEqualTo(InvolvementStage.LONG_TERM_SUPPORT);
    assertThat(theCase.getCurrentProcessInstanceId()).isEqualTo(episode.getId());
    assertThat(episodes.findByInvolvementIdOrderByStartedAt(theCase.getId())).hasSize(2);
  }

  @Test
  void aCrisisInLongTermSupportIsALetsTalk2InTheSameCase() {
    Map<String, Object> contact = contactAbout("Percy");
    Case percy = inLongTermSupport(contact);

    ProcessInstance crisis = startContact("frontdoor", contact);
    complete("frontdoor", crisis, "Task_DecideContactOutcome", crisisFor("practitioner"));

    ProcessInstance episode = involvementOf(crisis);
    assertThat(episode).isWaitingAt("CallActivity_LetsTalk2");
    assertThat(runtime.getVariable(episode.getId(), "involvementId")).isEqualTo(percy.involvement().toString());
    assertThat(onlyCaseOf(percy.person()).getStatus()).isEqualTo(InvolvementStatus.OPEN);
  }

  @Test
  void aReviewsReassessmentJoinsTheCaseAndItsClosureLeavesTheCaseOpenWhileThePlanIsInForce() {
    Case rosa = inLongTermSupport(contactAbout("Rosa"));
    ProcessInstance cycle = runtime.createProcessInstanceQuery().processInstanceId(
        plans.get(rosa.plan()).getReviewProcessInstanceId()).singleResult();
    advanceTimeAndRunDueJobs(new java.util.Date(ClockUtil.getCurrentTime().getTime() + 35L * 24 * 3600 * 1000), cycle);

    complete("practitioner2", cycle, "Task_ReviewPlan", reviewed("REASSESSMENT"));

    ProcessInstance episode = runtime.createProcessInstanceQuery().processDefinitionKey("involvement")
        .processInstanceBusinessKey(rosa.person().toString()).active().singleResult();
    assertThat(runtime.getVariable(episode.getId(), "involvementId")).isEqualTo(rosa.involvement().toString());
    ProcessInstance reassessment = calledProcessInstance("lets-talk-1", episode);
    complete("practitioner2", reassessment, "Task_HoldLetsTalk1", letsTalk1("NO_ONGOING_NEED"));
    approveAuthorisation("teammanager", calledProcessInstance("funding-authorisation", reassessment));
    approveAuthorisation("teammanager", calledProcessInstance("funding-authorisation", episode));

    assertThat(episode).isEnded().hasPassed("Task_CloseInvolvement");
    Involvement theCase = onlyCaseOf(rosa.person());
    assertThat(theCase.getStatus()).as("a plan is in force: only a review ends it").isEqualTo(InvolvementStatus.OPEN);
    assertThat(theCase.getCurrentProcessInstanceId()).isNull();
  }

  @Test
  void theCaseClosesWhenAReviewEndsTheLastPlanInForceAndATeamManagerAuthorisesIt() {
    Case sid = inLongTermSupport(contactAbout("Sid"));
    ProcessInstance cycle = runtime.createProcessInstanceQuery().processInstanceId(
        plans.get(sid.plan()).getReviewProcessInstanceId()).singleResult();
    advanceTimeAndRunDueJobs(new java.util.Date(ClockUtil.getCurrentTime().getTime() + 35L * 24 * 3600 * 1000), cycle);

    complete("practitioner2", cycle, "Task_ReviewPlan", with(reviewed("END_PLAN"),
        "closureReasons", "Walking again; no longer needs the morning call",
        "outcomesEvaluation", "Both outcomes achieved", "informationAndAdvice", "Knows how to reach the front door"));

    assertThat(plans.get(sid.plan()).getStatus()).isEqualTo(PlanStatus.ENDED);
    assertThat(cycle).as("no review cycle for an ended plan").isEnded().hasPassed("EndEvent_ClosureAsked");
    assertThat(onlyCaseOf(sid.person()).getStatus()).as("not closed before a team manager authorises it")
        .isEqualTo(InvolvementStatus.OPEN);
    ProcessInstance closing = runtime.createProcessInstanceQuery().processDefinitionKey("involvement")
        .processInstanceBusinessKey(sid.person().toString()).active().singleResult();
    assertThat(closing).isWaitingAt("CallActivity_AuthoriseClosure");
    ProcessInstance authorisation = calledProcessInstance("funding-authorisation", closing);
    assertThat(runtime.getVariable(authorisation.getId(), "requestType")).isEqualTo("CLOSURE");
    assertThat(runtime.getVariable(authorisation.getId(), "requestedBy")).isEqualTo("practitioner2");

    decideAuthorisation("teammanager", authorisation, "RETURNED", "Check the daughter agrees first");
    assertThat(closing).isWaitingAt("Task_ReconsiderClosure");
    assertThat(onlyCaseOf(sid.person()).getStatus()).isEqualTo(InvolvementStatus.OPEN);
    complete("practitioner2", closing, "Task_ReconsiderClosure", Map.of("closureNextStep", "ASK_AGAIN",
        "closureNextStepReason", "His daughter agrees"));
    approveAuthorisation("teammanager", calledProcessInstance("funding-authorisation", closing));

    assertThat(closing).isEnded().hasPassed("Task_CloseInvolvement");
    Involvement closed = onlyCaseOf(sid.person());
    assertThat(closed.getStatus()).isEqualTo(InvolvementStatus.CLOSED);
    assertThat(closed.getEndReason()).as("the reason closure was last asked with").isEqualTo("His daughter agrees");
  }

  @Test
  void aReassessmentsLetsTalk3MakesTheNextVersionOfThePlanWhichKeepsItsOneReviewCycle() {
    Case tom = inLongTermSupport(contactAbout("Tom"));
    ProcessInstance cycle = runtime.createProcessInstanceQuery().processInstanceId(
        plans.get(tom.plan()).getReviewProcessInstanceId()).singleResult();
    advanceTimeAndRunDueJobs(new java.util.Date(ClockUtil.getCurrentTime().getTime() + 35L * 24 * 3600 * 1000), cycle);
    complete("practitioner2", cycle, "Task_ReviewPlan", reviewed("REASSESSMENT"));
    ProcessInstance episode = runtime.createProcessInstanceQuery().processDefinitionKey("involvement")
        .processInstanceBusinessKey(tom.person().toString()).active().singleResult();
    ProcessInstance reassessment = calledProcessInstance("lets-talk-1", episode);
    complete("practitioner2", reassessment, "Task_HoldLetsTalk1", letsTalk1("LT3"));
    approveAuthorisation("teammanager", calledProcessInstance("funding-authorisation", reassessment));
    ProcessInstance lt3 = letsTalk3Of(episode);
    complete("practitioner2", lt3, "Task_HoldLetsTalk3", analysis());
    complete("practitioner2", lt3, "Task_AssessEligibility", eligibleAnswers());
    complete("practitioner2", lt3, "Task_FinancialAssessment", Map.of("financialOutcome", "FULL_COST_SELF_FUNDER"));
    complete("practitioner2", lt3, "Task_WriteSupportPlan", plan());
    assertThat(plans.current(tom.plan()).getId()).as("in force until the new version is authorised")
        .isEqualTo(tom.plan());

    approveAuthorisation("teammanager2", calledProcessInstance("funding-authorisation", lt3));

    List<SupportPlan> versions = plans.versions(tom.plan());
    assertThat(versions).extracting(SupportPlan::getVersionNo, SupportPlan::getStatus).containsExactly(
        org.assertj.core.groups.Tuple.tuple(1, PlanStatus.SUPERSEDED),
        org.assertj.core.groups.Tuple.tuple(2, PlanStatus.ACTIVE));
    assertThat(plans.activeFor(tom.person())).singleElement().extracting(SupportPlan::getId)
        .isEqualTo(versions.get(1).getId());
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("review-cycle")
        .variableValueEquals("personId", tom.person().toString()).count()).as("one review cycle per plan").isOne();
    assertThat(cycle).hasPassed("Task_RescheduleReview").isWaitingAt("Gateway_NextEvent");
    assertThat(reviews.findFirstByPlanIdAndCompletedAtIsNullOrderBySequenceNoDesc(tom.plan()).orElseThrow()
        .getDueDate()).as("the first interval of review-intervals after the new version's start")
        .isEqualTo(versions.get(1).getAuthorisedAt().atZone(java.time.ZoneId.of("Europe/London")).plusWeeks(6)
            .toInstant());
    assertThat(onlyCaseOf(tom.person()).getStatus()).isEqualTo(InvolvementStatus.OPEN);
  }

  @Test
  void aCarerWhoCanNoLongerCareHasThePersonReassessedInTheSameCase() {
    Case una = inLongTermSupport(contactAbout("Una"));
    ProcessInstance carer = runtime.createProcessInstanceQuery().processInstanceId(
        carersTakenOn.start(una.person(), "carers")).singleResult();
    complete("carers", carer, "Task_RecordCarerDetails", with(carerDetails("Daughter"), "hoursOfCarePerWeek", 21,
        "livesTogether", false));

    complete("carers", carer, "Task_HoldCarersLetsTalk1", with(carersLetsTalk1("NO_ONGOING_NEED"),
        "ableToCareNow", false, "willingToCareNow", false, "ableToCareInFuture", false, "riskOfBreakdown", "HIGH",
        "riskOfBreakdownNotes", "Moving away for work", "outcomeRationale", "She has stopped caring"));  // [W ¶117]

    ProcessInstance episode = runtime.createProcessInstanceQuery().processDefinitionKey("involvement")
        .processInstanceBusinessKey(una.person().toString()).active().singleResult();
    assertThat(episode).isWaitingAt("CallActivity_LetsTalk1");
    assertThat(runtime.getVariable(episode.getId(), "involvementId")).isEqualTo(una.involvement().toString());
    Involvement theCase = onlyCaseOf(una.person());
    assertThat(theCase.getStage()).isEqualTo(InvolvementStage.LONG_TERM_SUPPORT);
    assertThat(theCase.getCurrentProcessInstanceId()).isEqualTo(episode.getId());
  }

  @Test
  void aSafeguardingConcernHandledThroughALetsTalk2JoinsTheCaseInLongTermSupport() {
    Case vic = inLongTermSupport(contactAbout("Vic"));
    ProcessInstance concern = as("senior", () -> runtime.startProcessInstanceByKey("safeguarding-concern",
        new HashMap<>(Map.of("personId", vic.person().toString(), "personName", "Vic Conv",
            "reportedBy", "District nurse, 0161 000 0002", "concernDescription", "No heating and no food",
            "abuseType", "SELF_NEGLECT", "immediateDanger", false))));
    complete("teammanager", concern, "Task_DecideConcern", new HashMap<>(Map.of("abuseType", "SELF_NEGLECT",
        "capacity", "HAS_CAPACITY", "careAndSupportNeeds", "MET_BY_COUNCIL", "experiencingOrAtRiskOfAbuse", true,
        "unableToProtectThemselves", false, "route", "LETS_TALK_2",
        "decisionReason", "Able to protect himself once the heating is fixed")));

    assertThat(concern).hasPassed("Event_StartOrJoinInvolvement");
    ProcessInstance episode = runtime.createProcessInstanceQuery().processDefinitionKey("involvement")
        .processInstanceBusinessKey(vic.person().toString()).active().singleResult();
    assertThat(episode).isWaitingAt("CallActivity_LetsTalk2");
    assertThat(runtime.getVariable(episode.getId(), "involvementId")).isEqualTo(vic.involvement().toString());
    assertThat(onlyCaseOf(vic.person()).getStatus()).isEqualTo(InvolvementStatus.OPEN);
  }

  // ---- helpers -----------------------------------------------------------------------------------------------

  record Case(UUID person, UUID involvement, UUID plan) {
  }

  /** Through Let's Talk 1 and 3 to a funded plan: the episode ends, the case goes on in long-term support. */
  Case inLongTermSupport(Map<String, Object> contact) {
    ProcessInstance involvement = involvementFrom(contact, newCaseFor("practitioner2"));
    complete("practitioner2", calledProcessInstance("lets-talk-1", involvement), "Task_HoldLetsTalk1",
        letsTalk1("LT3"));
    ProcessInstance lt3 = letsTalk3Of(involvement);
    complete("practitioner2", lt3, "Task_HoldLetsTalk3", analysis());
    complete("practitioner2", lt3, "Task_AssessEligibility", eligibleAnswers());
    complete("practitioner2", lt3, "Task_FinancialAssessment", Map.of("financialOutcome", "FULL_COST_SELF_FUNDER"));
    complete("practitioner2", lt3, "Task_WriteSupportPlan", plan());
    approveAuthorisation("teammanager", calledProcessInstance("funding-authorisation", lt3));
    assertThat(involvement).isEnded().hasPassed("EndEvent_LongTermSupport");
    UUID person = UUID.fromString(involvement.getBusinessKey());
    Involvement theCase = onlyCaseOf(person);
    assertThat(theCase.getStatus()).isEqualTo(InvolvementStatus.OPEN);
    SupportPlan plan = plans.get(records.findByProcessInstanceId(lt3.getId()).orElseThrow().getSupportPlanId());
    assertThat(plan.getStatus()).isEqualTo(PlanStatus.ACTIVE);
    return new Case(person, theCase.getId(), plan.getId());
  }

  private Involvement onlyCaseOf(UUID person) {
    List<Involvement> all = involvements.findByPersonIdOrderByStartedAt(person);
    assertThat(all).as("one case for the person").hasSize(1);
    return all.get(0);
  }

  private static Map<String, Object> reviewed(String outcome) {
    Map<String, Object> form = new HashMap<>();
    form.put("reviewOutcome", outcome);
    form.put("reviewFindings", "Had a fall in the kitchen; the morning call is not enough");
    form.put("personTookPart", true);
    form.put("carerTookPart", false);
    return form;
  }
}
