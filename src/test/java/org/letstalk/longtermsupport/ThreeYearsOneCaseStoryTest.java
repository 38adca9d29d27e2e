package org.letstalk.longtermsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.letstalk.FormFixtures.with;
import static org.letstalk.carers.CarersFixtures.carerDetails;
import static org.letstalk.carers.CarersFixtures.carersLetsTalk1;
import static org.letstalk.carers.CarersFixtures.letsTalk1WithCarerAccepting;
import static org.letstalk.conversation.ConversationFixtures.contactAbout;
import static org.letstalk.conversation.ConversationFixtures.letsTalk1;
import static org.letstalk.conversation.ConversationFixtures.letsTalk2;
import static org.letstalk.conversation.ConversationFixtures.newCaseFor;
import static org.letstalk.conversation.ConversationFixtures.review;
import static org.letstalk.longtermsupport.LetsTalk3Fixtures.analysis;
import static org.letstalk.longtermsupport.LetsTalk3Fixtures.plan;
import static org.letstalk.longtermsupport.LetsTalk3ProcessTest.eligibleAnswers;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.letstalk.PostgresTest;
import org.letstalk.involvement.Involvement;
import org.letstalk.involvement.InvolvementRepository;
import org.letstalk.involvement.InvolvementStage;
import org.letstalk.involvement.InvolvementStatus;
import org.letstalk.plan.PlanStatus;
import org.letstalk.plan.SupportPlan;
import org.letstalk.plan.SupportPlans;
import org.letstalk.review.Review;
import org.letstalk.review.ReviewRepository;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Winifred's three years with the council, one case throughout [W ¶181-194; T 2.25-2.57; W ¶117]: a first
 * contact and a Let's Talk 1; a crisis at the follow-up and its Let's Talk 2; a Let's Talk 3 and a funded plan;
 * the six-week review; two annual reviews, the first raising the cost of her care; a fall, whose reassessment makes
 * a new version of the plan; her daughter, who then says she can no longer care, so the plan grows again; and the
 * closure when Winifred moves to live with her son. Every review falls due where review-intervals.dmn puts it:
 * the expectation is computed from the table as the engine evaluates it, never written down as a date.
 */
@PostgresTest
class ThreeYearsOneCaseStoryTest extends LetsTalk3TestSupport {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  @Autowired
  InvolvementRepository involvements;

  @Autowired
  LetsTalk3Repository letsTalk3s;

  @Autowired
  SupportPlans plans;

  @Autowired
  ReviewRepository reviews;

  /** The due dates the table gives, in the order the reviews were scheduled. */
  private final List<Instant> expectedDueDates = new ArrayList<>();

  @Test
  void winifredKeepsOneCaseForThreeYearsAndHerPlansVersionsAndReviewsFollowTheTable() {
    // January 2027: her neighbour rings; nothing is known about her yet.
    at(2027, 1, 11, 9, 30);
    Map<String, Object> aboutWinifred = contactAbout("Winifred");
    ProcessInstance involvement = involvementFrom(with(aboutWinifred,
        "presentingNeed", "Neighbour worried: Winifred has stopped going out since her husband died"),
        newCaseFor("practitioner"));
    UUID winifred = UUID.fromString(involvement.getBusinessKey());
    UUID theCase = onlyCaseOf(winifred).getId();
    complete("practitioner", calledProcessInstance("lets-talk-1", involvement), "Task_HoldLetsTalk1",
        with(letsTalk1("LT1"), "communityConnections", "Bereavement group at the library; Thursday lunch club",
            "outcomeRationale", "Connected to the bereavement group; a follow-up conversation in two weeks"));
    assertThat(involvement).isWaitingAt("CallActivity_LetsTalk1");

    // The follow-up finds her in crisis: a fall on the stairs, the house cold, not eating.
    at(2027, 1, 25, 10, 0);
    complete("practitioner", calledProcessInstance("lets-talk-1", involvement), "Task_HoldLetsTalk1",
        with(letsTalk1("LT2"), "presentingNeeds", "Fell on the stairs last night; the heating has failed",
            "outcomeRationale", "Not safe at home tonight without help: a Let's Talk 2 today"));
    ProcessInstance lt2 = calledProcessInstance("lets-talk-2", involvement);
    complete("practitioner", lt2, "Task_HoldLetsTalk2", letsTalk2(14));
    advanceTimeAndRunDueJobs(time(2027, 1, 27, 11, 0), involvement);
    complete("practitioner", lt2, "Task_CheckIn", Map.of("checkInNotes", "Heating mended; eating again",
        "planWorking", true));
    advanceTimeAndRunDueJobs(time(2027, 2, 8, 9, 0), involvement);
    complete("practitioner", lt2, "Task_ReviewCrisisPlan", with(review("LT3"),
        "outcomeRationale", "Crisis over; mornings remain hard: Let's Talk 3 about long-term support"));

    // Let's Talk 3 and her first plan.
    at(2027, 2, 10, 14, 0);
    ProcessInstance lt3 = letsTalk3Of(involvement);
    holdLetsTalk3(lt3, plan());
    at(2027, 2, 12, 10, 0);
    approveAuthorisation("teammanager", calledProcessInstance("funding-authorisation", lt3));
    assertThat(involvement).isEnded().hasPassed("EndEvent_LongTermSupport");
    UUID planId = letsTalk3s.findByProcessInstanceId(lt3.getId()).orElseThrow().getSupportPlanId();
    SupportPlan first = plans.get(planId);
    assertThat(first.getStatus()).isEqualTo(PlanStatus.ACTIVE);
    assertThat(onlyCaseOf(winifred).getStage()).isEqualTo(InvolvementStage.LONG_TERM_SUPPORT);
    ProcessInstance cycle = runtime.createProcessInstanceQuery()
        .processInstanceId(first.getReviewProcessInstanceId()).singleResult();
    expectDue(planId, plusTable(first.getAuthorisedAt(), "firstReview"));

    // The six-week review: in her worker's inbox noticeBefore ahead of its date; nothing to change.
    Instant due = pendingReview(planId).getDueDate();
    advanceTimeAndRunDueJobs(Date.from(minusTable(due, "noticeBefore")), cycle);
    assertThat(task("Task_ReviewPlan", cycle).getDueDate()).isEqualTo(Date.from(due));
    at(2027, 3, 22, 11, 0);
    holdReview(cycle, "NO_CHANGE", "Washed and dressed each morning; back at the allotment once a week");
    expectDue(planId, plusTable(now(), "thereafter"));

    // The first annual review: the mornings take longer now; a higher cost, authorised two days later.
    due = pendingReview(planId).getDueDate();
    advanceTimeAndRunDueJobs(Date.from(minusTable(due, "noticeBefore")), cycle);
    assertThat(task("Task_ReviewPlan", cycle).getDueDate()).isEqualTo(Date.from(due));
    at(2028, 3, 15, 10, 0);
    holdReview(cycle, with(reviewed("UPDATE_PLAN", "Arthritis in both hands: mornings take an hour and a half"),
        "planChanges", "Ninety minutes each morning instead of an hour", "newWeeklyCost", 240.0));
    at(2028, 3, 17, 9, 0);
    approveAuthorisation("teammanager", calledProcessInstance("funding-authorisation", cycle),
        "Proportionate to her needs now");
    assertThat(plans.current(planId).getVersionNo()).isEqualTo(2);
    expectDue(planId, plusTable(plans.current(planId).getAuthorisedAt(), "thereafter"));

    // The second annual review: no change.
    due = pendingReview(planId).getDueDate();
    advanceTimeAndRunDueJobs(Date.from(minusTable(due, "noticeBefore")), cycle);
    at(2029, 3, 12, 14, 30);
    holdReview(cycle, "NO_CHANGE", "Settled; her daughter Carys helps in the evenings");
    expectDue(planId, plusTable(now(), "thereafter"));

    // June 2029: a fall. The hospital's call joins her case; a reassessment (Let's Talk 1, then 3) makes a new
    // version of the plan. Her daughter, caring in the evenings, accepts a carer's conversation of her own.
    at(2029, 6, 4, 9, 0);
    ProcessInstance fallContact = startContact("frontdoor", with(aboutWinifred, "presentingNeed", "Home from hospital after a fall: fractured wrist, cannot manage the evenings"));
    complete("frontdoor", fallContact, "Task_DecideContactOutcome", with(newCaseFor("practitioner"),
        "outcome", "EXISTING_CASE", "crisis", false));
    assertThat(historicVariable(fallContact, "personId")).isEqualTo(winifred.toString());
    ProcessInstance reassessment = involvementOf(fallContact);
    assertThat(runtime.getVariable(reassessment.getId(), "involvementId")).isEqualTo(theCase.toString());
    ProcessInstance reassessmentLt1 = calledProcessInstance("lets-talk-1", reassessment);
    complete("practitioner", reassessmentLt1, "Task_HoldLetsTalk1",
        with(letsTalk1WithCarerAccepting("LT3"), "outcomeRationale", "Her needs have changed: reassessment in a"
            + " Let's Talk 3"));
    // A Let's Talk 1 of an existing funded case: a team manager approves the reassessment [T 7.18 4.3c].
    approveAuthorisation("teammanager", calledProcessInstance("funding-authorisation", reassessmentLt1));
    ProcessInstance secondLt3 = letsTalk3Of(reassessment);
    holdLetsTalk3(secondLt3, with(plan(), "personalBudget", 320, "item1_frequency", "Mornings and evenings",
        "item1_weeklyCost", 270));
    at(2029, 6, 11, 12, 0);
    approveAuthorisation("teammanager2", calledProcessInstance("funding-authorisation", secondLt3));
    SupportPlan third = plans.current(planId);
    assertThat(third.getVersionNo()).isEqualTo(3);
    assertThat(plans.activeFor(winifred)).singleElement().extracting(SupportPlan::getId).isEqualTo(third.getId());
    // A new version outside a review: its pending review moves to the first interval after the version's start.
    reviseExpectation(planId, plusTable(third.getAuthorisedAt(), "firstReview"));

    // Carys tells the carers' centre she can no longer care: Winifred is reassessed in the same case [W ¶117].
    at(2029, 6, 25, 10, 0);
    ProcessInstance carys = runtime.createProcessInstanceQuery().processDefinitionKey("carers-conversation")
        .variableValueEquals("caredForId", winifred.toString()).active().singleResult();
    complete("carers", carys, "Task_RecordCarerDetails", with(carerDetails("Daughter"), "carerGivenName", "Carys",
        "hoursOfCarePerWeek", 21, "livesTogether", false));
    complete("carers", carys, "Task_HoldCarersLetsTalk1", with(carersLetsTalk1("NO_ONGOING_NEED"),
        "ableToCareNow", false, "willingToCareNow", false, "ableToCareInFuture", false, "riskOfBreakdown", "HIGH",
        "riskOfBreakdownNotes", "Starting chemotherapy; cannot do the evenings any more",
        "outcomeRationale", "She has stopped caring; her mother is being reassessed"));
    // Her case is the carers' centre's: its manager decides.
    approveAuthorisation("teammanager2", calledProcessInstance("funding-authorisation", carys));
    ProcessInstance afterCarer = runtime.createProcessInstanceQuery().processDefinitionKey("involvement")
        .processInstanceBusinessKey(winifred.toString()).active().singleResult();
    assertThat(runtime.getVariable(afterCarer.getId(), "involvementId")).isEqualTo(theCase.toString());
    ProcessInstance breakdownLt1 = calledProcessInstance("lets-talk-1", afterCarer);
    Task letsTalk1 = task("Task_HoldLetsTalk1", breakdownLt1);
    as("practitioner", () -> taskService.claim(letsTalk1.getId(), "practitioner"));
    at(2029, 6, 27, 10, 0);
    complete("practitioner", breakdownLt1, "Task_HoldLetsTalk1", with(letsTalk1("NO_ONGOING_NEED"),
        "presentingNeeds", "Her daughter can no longer help in the evenings",
        "outcomeRationale", "The evening calls replace Carys's help; nothing more needed in conversations",
        "hasCapacity", true, "fundingChange", true, "newWeeklyCost", 420));
    at(2029, 6, 28, 9, 0);
    approveAuthorisation("teammanager", calledProcessInstance("funding-authorisation", breakdownLt1),
        "Evening care replaces her daughter's");
    SupportPlan fourth = plans.current(planId);
    assertThat(fourth.getVersionNo()).isEqualTo(4);
    reviseExpectation(planId, plusTable(fourth.getAuthorisedAt(), "firstReview"));
    approveAuthorisation("teammanager2", calledProcessInstance("funding-authorisation", afterCarer),
        "Plan in force; conversations can close");
    assertThat(afterCarer).isEnded();
    assertThat(onlyCaseOf(winifred).getStatus()).as("a plan is in force: the case stays open")
        .isEqualTo(InvolvementStatus.OPEN);

    // Autumn 2029: she moves to live with her son in Perth. The review ends the plan, and with it the case.
    due = pendingReview(planId).getDueDate();
    advanceTimeAndRunDueJobs(Date.from(minusTable(due, "noticeBefore")), cycle);
    assertThat(task("Task_ReviewPlan", cycle).getDueDate()).isEqualTo(Date.from(due));
    at(2029, 8, 1, 10, 0);
    holdReview(cycle, with(reviewed("END_PLAN", "Moving to her son's home in Perth on 10 August"),
        "closureReasons", "Moved out of the area to live with her son; his council has assessed her",
        "outcomesEvaluation", "Stayed at home safely for three years; outcomes met until the move",
        "informationAndAdvice", "Perth and Kinross adult social care contacts; her records shared with consent"));

    assertThat(cycle).isEnded().hasPassed("EndEvent_ClosureAsked");
    // The case closes once a team manager authorises it [T 7.18 2.3b; W ¶193-194].
    ProcessInstance closing = runtime.createProcessInstanceQuery().processDefinitionKey("involvement")
        .processInstanceBusinessKey(winifred.toString()).active().singleResult();
    assertThat(onlyCaseOf(winifred).getStatus()).isEqualTo(InvolvementStatus.OPEN);
    approveAuthorisation("teammanager2", calledProcessInstance("funding-authorisation", closing));
    assertThat(involvements.findByPersonIdOrderByStartedAt(winifred)).as("one case, all three years")
        .singleElement().satisfies(closed -> {
          assertThat(closed.getId()).isEqualTo(theCase);
          assertThat(closed.getStatus()).isEqualTo(InvolvementStatus.CLOSED);
        });
    List<SupportPlan> versions = plans.versions(planId);
    assertThat(versions).extracting(SupportPlan::getVersionNo).containsExactly(1, 2, 3, 4);
    assertThat(versions).extracting(SupportPlan::getStatus).containsExactly(PlanStatus.SUPERSEDED,
        PlanStatus.SUPERSEDED, PlanStatus.SUPERSEDED, PlanStatus.ENDED);
    assertThat(versions).extracting(SupportPlan::getWeeklyCost).usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("180"), new BigDecimal("240"), new BigDecimal("310"), new BigDecimal("420"));
    assertThat(versions).extracting(SupportPlan::getAuthorisedAt).isSorted();
    for (int i = 1; i < versions.size(); i++) {
      assertThat(versions.get(i).getSupersedesId()).isEqualTo(versions.get(i - 1).getId());
    }
    assertThat(reviews.findByPlanIdOrderBySequenceNo(planId)).extracting(Review::getDueDate)
        .as("every review where review-intervals put it").containsExactlyElementsOf(expectedDueDates);
    assertThat(taskService.createTaskQuery().processVariableValueEquals("personId", winifred.toString()).count())
        .as("nothing left to do for a closed case").isZero();
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("review-cycle")
        .processInstanceBusinessKey(planId.toString()).count()).isZero();
  }

  // ---- helpers -----------------------------------------------------------------------------------------------

  private void holdLetsTalk3(ProcessInstance lt3, Map<String, Object> plan) {
    complete("practitioner", lt3, "Task_HoldLetsTalk3", analysis());
    complete("practitioner", lt3, "Task_AssessEligibility", eligibleAnswers());
    complete("practitioner", lt3, "Task_FinancialAssessment", Map.of("financialOutcome", "FULL_COST_SELF_FUNDER"));
    complete("practitioner", lt3, "Task_WriteSupportPlan", plan);
  }

  private void holdReview(ProcessInstance cycle, String outcome, String findings) {
    holdReview(cycle, reviewed(outcome, findings));
  }

  private void holdReview(ProcessInstance cycle, Map<String, Object> form) {
    complete("practitioner", cycle, "Task_ReviewPlan", form);
  }

  private static Map<String, Object> reviewed(String outcome, String findings) {
    Map<String, Object> form = new HashMap<>();
    form.put("reviewOutcome", outcome);
    form.put("reviewFindings", findings);
    form.put("personTookPart", true);
    form.put("carerTookPart", true);
    return form;
  }

  /** The pending review is due where the table says, and is the next one in the plan's list. */
  private void expectDue(UUID planId, Instant expected) {
    expectedDueDates.add(expected);
    assertThat(pendingReview(planId).getDueDate()).isEqualTo(expected);
  }

  /** The pending review was moved: it is still the same review, now due where the table says. */
  private void reviseExpectation(UUID planId, Instant expected) {
    expectedDueDates.set(expectedDueDates.size() - 1, expected);
    assertThat(pendingReview(planId).getDueDate()).isEqualTo(expected);
  }

  private Review pendingReview(UUID planId) {
    return reviews.findFirstByPlanIdAndCompletedAtIsNullOrderBySequenceNoDesc(planId).orElseThrow();
  }

  /** {@code from} plus the period the review-intervals table gives an adult's care and support plan. */
  private Instant plusTable(Instant from, String output) {
    return from.atZone(LONDON).plus(interval(output)).toInstant();
  }

  private Instant minusTable(Instant from, String output) {
    return from.atZone(LONDON).minus(interval(output)).toInstant();
  }

  private Period interval(String output) {
    Object period = engine.getDecisionService().evaluateDecisionTableByKey("review-intervals",
        Variables.createVariables().putValue("planType", "CARE_AND_SUPPORT")).getSingleResult().getEntry(output);
    return Period.parse(period.toString());
  }

  private Involvement onlyCaseOf(UUID person) {
    List<Involvement> all = involvements.findByPersonIdOrderByStartedAt(person);
    assertThat(all).as("one case for the person").hasSize(1);
    return all.get(0);
  }

  private static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  private static void at(int year, int month, int day, int hour, int minute) {
    ClockUtil.setCurrentTime(time(year, month, day, hour, minute));
  }

  private static Date time(int year, int month, int day, int hour, int minute) {
    ZonedDateTime time = LocalDateTime.of(year, month, day, hour, minute).atZone(LONDON);
    return Date.from(time.toInstant());
  }
}
