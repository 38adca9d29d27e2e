package org.letstalk.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.letstalk.FormFixtures.with;
import static org.letstalk.RefusalAssertions.assertThatRejected;

import org.letstalk.review.flow.StartReviewCycle;
import org.letstalk.review.flow.ReviewForms;
import org.letstalk.review.flow.EarlyReviews;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.letstalk.PostgresTest;
import org.letstalk.ProcessTestSupport;
import org.letstalk.person.PersonDetails;
import org.letstalk.person.PersonFinder;
import org.letstalk.plan.Delivery;
import org.letstalk.plan.PlanStatus;
import org.letstalk.plan.PlanType;
import org.letstalk.plan.SupportPlan;
import org.letstalk.plan.SupportPlanRepository;
import org.letstalk.plan.SupportPlans;
import org.letstalk.validation.InputRejectedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The review cycle of a support plan, timers driven by the test [W ¶181-194]. */
@PostgresTest
class ReviewCycleTest extends ProcessTestSupport {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final ZonedDateTime AUTHORISED = LocalDateTime.of(2026, 3, 2, 10, 0).atZone(LONDON);

  @Autowired
  SupportPlans plans;

  @Autowired
  StartReviewCycle reviewCycles;

  @Autowired
  SupportPlanRepository planRepository;

  @Autowired
  ReviewRepository reviews;

  @Autowired
  PersonFinder people;

  @Autowired
  EarlyReviews earlyReviews;

  @Autowired
  ReviewSchedule schedule;

  @Autowired
  JdbcTemplate jdbc;

  @BeforeEach
  void planAuthorisedOnTheSecondOfMarch() {
    ClockUtil.setCurrentTime(date(AUTHORISED));
  }

  @Test
  void theFirstLightTouchReviewAppearsTwoWeeksBeforeItIsDueSixWeeksAfterAuthorisation() {
    SupportPlan plan = activePlan(PlanType.CARE_AND_SUPPORT);
    ProcessInstance cycle = cycleOf(plan);

    assertThat(cycle).isWaitingAt("Gateway_NextEvent");
    assertThat(timerDue(cycle)).isEqualTo(date(AUTHORISED.plusWeeks(4)));
    assertThat(runtime.createEventSubscriptionQuery().processInstanceId(cycle.getId())
        .eventName("EarlyReviewRequested").count()).as("an early request can arrive at any time").isOne();

    advanceTimeAndRunDueJobs(date(AUTHORISED.plusWeeks(4)), cycle);

    Task review = task("Task_ReviewPlan", cycle);
    assertThat(review).isAssignedTo("practitioner");
    assertThat(review.getDueDate()).isEqualTo(date(AUTHORISED.plusWeeks(6)));
    assertThat(review.getFollowUpDate()).isEqualTo(date(AUTHORISED.plusWeeks(4)));
    assertThat(review.getName()).contains(personName(plan));
    assertThat(openReview(plan).getKind()).isEqualTo(ReviewKind.FIRST);
  }

  @Test
  void aReviewWithNoChangeSchedulesTheNextOneAYearOnAndRecordsWhoTookPart() {
    SupportPlan plan = activePlan(PlanType.CARE_AND_SUPPORT);
    ProcessInstance cycle = cycleOf(plan);
    advanceTimeAndRunDueJobs(date(AUTHORISED.plusWeeks(5)), cycle);

    complete("practitioner", cycle, "Task_ReviewPlan", noChange());

    List<Review> all = reviews.findByPlanIdOrderBySequenceNo(plan.getId());
    assertThat(all).hasSize(2);
    Review first = all.get(0);
    assertThat(first.getOutcome()).isEqualTo(ReviewOutcome.NO_CHANGE);
    assertThat(first.getCompletedBy()).isEqualTo("practitioner");
    assertThat(first.getPersonTookPart()).isTrue();
    assertThat(first.getCarerTookPart()).isTrue();
    assertThat(first.getProviderTookPart()).isFalse();
    Review next = all.get(1);
    assertThat(next.getKind()).isEqualTo(ReviewKind.SCHEDULED);
    assertThat(next.getDueDate()).isEqualTo(AUTHORISED.plusWeeks(5).plusMonths(12).toInstant());
    assertThat(cycle).isWaitingAt("Gateway_NextEvent");

    advanceTimeAndRunDueJobs(date(AUTHORISED.plusWeeks(5).plusMonths(12).minusDays(14)), cycle);
    assertThat(task("Task_ReviewPlan", cycle).getDueDate()).isEqualTo(date(AUTHORISED.plusWeeks(5).plusMonths(12)));
  }

  @Test
  void aReviewThatFindsASafeguardingConcernRaisesItAndCarriesOn() {
    SupportPlan plan = activePlan(PlanType.CARE_AND_SUPPORT);
    ProcessInstance cycle = cycleOf(plan);
    advanceTimeAndRunDueJobs(date(AUTHORISED.plusWeeks(5)), cycle);

    assertThatRejected(() -> complete("practitioner", cycle, "Task_ReviewPlan",
        with(noChange(), "safeguardingConcernFound", true)))
        .isInstanceOf(InputRejectedException.class).hasMessageStartingWith("safeguardingConcernDetail");
    complete("practitioner", cycle, "Task_ReviewPlan", with(noChange(), "safeguardingConcernFound", true,
        "safeguardingConcernDetail", "Bruising on both arms; says the new carer is rough with her"));

    assertThat(cycle).hasPassed("Event_RaiseSafeguardingConcern").isWaitingAt("Gateway_NextEvent");
    ProcessInstance concern = runtime.createProcessInstanceQuery().processDefinitionKey("safeguarding-concern")
        .variableValueEquals("raisedInProcessInstanceId", cycle.getId()).singleResult();
    assertThat(concern).isNotNull();
    assertThat((String) runtime.getVariable(concern.getId(), "personId")).isEqualTo(plan.getPersonId().toString());
  }

  @Test
  void aConcernFromAReviewNamesWhoIsAllegedSoTheyCannotRepresentThePerson() {
    SupportPlan plan = activePlan(PlanType.CARE_AND_SUPPORT);
    ProcessInstance cycle = cycleOf(plan);
    advanceTimeAndRunDueJobs(date(AUTHORISED.plusWeeks(5)), cycle);

    complete("practitioner", cycle, "Task_ReviewPlan", with(noChange(), "safeguardingConcernFound", true,
        "safeguardingConcernDetail", "Her nephew keeps her bank card; no food in the house",
        "safeguardingAllegedPersonName", "Gary Smith", "safeguardingAllegedPersonRelationship", "Nephew"));

    ProcessInstance concern = runtime.createProcessInstanceQuery().processDefinitionKey("safeguarding-concern")
        .variableValueEquals("raisedInProcessInstanceId", cycle.getId()).singleResult();
    assertThat(jdbc.queryForMap("select alleged_person_name, alleged_person_relationship from safeguarding_concern"
        + " where process_instance_id = ?", concern.getId()))
        .containsEntry("alleged_person_name", "Gary Smith").containsEntry("alleged_person_relationship", "Nephew");
    assertThat(runtime.getVariables(cycle.getId())).as("the review cycle, which runs for years, keeps none of it")
        .doesNotContainKeys("safeguardingConcernDetail", "safeguardingAllegedPersonName",
            "safeguardingAllegedPersonRelationship");
    complete("senior", concern, "Task_DecideConcern", Map.of("abuseType", "FINANCIAL_OR_MATERIAL",
        "capacity", "HAS_CAPACITY", "careAndSupportNeeds", "MET_BY_COUNCIL", "experiencingOrAtRiskOfAbuse", true,
        "unableToProtectThemselves", true, "route", "S42_ENQUIRY", "decisionReason", "Nephew controls her money"));
    Map<String, Object> discussion = new HashMap<>(Map.of("meetingKind", "STRATEGY_MEETING",
        "meetingHeldOn", ZonedDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), LONDON).toLocalDate()
            .toString(),
        "meetingAttendees", "Safeguarding team, the bank", "meetingNotes", "Speak to her alone first",
        "outcomesPersonWants", "Her own money back", "representativeRole", "APPROPRIATE_INDIVIDUAL",
        "representativeName", "gary", "representativeRelationship", "nephew"));

    assertThatRejected(() -> complete("safeguarding", concern, "Task_EnquiryDiscussion", discussion))
        .isInstanceOf(InputRejectedException.class).hasMessageStartingWith("representativeName:");  // [W ¶27]
    assertThat(concern).isWaitingAt("Task_EnquiryDiscussion");
  }

  @Test
  void anIntervalAgreedAtTheReviewIsUsedForTheNextOne() {
    SupportPlan plan = activePlan(PlanType.CARE_AND_SUPPORT);
    ProcessInstance cycle = cycleOf(plan);
    advanceTimeAndRunDueJobs(date(AUTHORISED.plusWeeks(5)), cycle);

    complete("practitioner", cycle, "Task_ReviewPlan", with(noChange(), "nextReviewIn", "P3M"));

    assertThat(openReview(plan).getDueDate()).isEqualTo(AUTHORISED.plusWeeks(5).plusMonths(3).toInstant());
  }

  @Test
  void intervalsComeFromTheDecisionTablePerKindOfPlan() {
    SupportPlan carer = activePlan(PlanType.CARER_SUPPORT);
    assertThat(openReview(carer).getDueDate()).isEqualTo(AUTHORISED.plusWeeks(8).toInstant());
    SupportPlan residential = activePlan(PlanType.RESIDENTIAL_CARE);
    ProcessInstance cycle = cycleOf(residential);
    advanceTimeAndRunDueJobs(date(AUTHORISED.plusWeeks(5)), cycle);

    complete("practitioner", cycle, "Task_ReviewPlan", noChange());

    assertThat(openReview(residential).getDueDate()).isEqualTo(AUTHORISED.plusWeeks(5).plusMonths(6).toInstant());
  }

  @Test
  void anOverdueReviewEscalatesToTheTeamManagerAndShowsAsOverdueUntilItIsDone() {
    SupportPlan plan = activePlan(PlanType.CARE_AND_SUPPORT);
    ProcessInstance cycle = cycleOf(plan);
    advanceTimeAndRunDueJobs(date(AUTHORISED.plusWeeks(4)), cycle);

    advanceTimeAndRunDueJobs(date(AUTHORISED.plusWeeks(6).plusMinutes(1)), cycle);

    assertThat(cycle).isWaitingAt("Task_ReviewPlan", "Task_OverdueReviewEscalation");
    assertThat(task("Task_OverdueReviewEscalation", cycle)).hasCandidateGroup("team-managers");
    assertThat(openReview(plan).getOverdueSince()).isEqualTo(AUTHORISED.plusWeeks(6).plusMinutes(1).toInstant());
    assertThat(taskService.createTaskQuery().processInstanceId(cycle.getId()).taskDefinitionKey("Task_ReviewPlan")
        .dueBefore(ClockUtil.getCurrentTime()).count()).as("the overdue filter finds it").isOne();

    complete("practitioner", cycle, "Task_ReviewPlan", noChange());

    assertThat(cycle).isNotWaitingAt("Task_OverdueReviewEscalation").isWaitingAt("Gateway_NextEvent");
    assertThat(reviews.findByPlanIdOrderBySequenceNo(plan.getId()).get(0).getOverdueSince()).isNotNull();
  }

  @Test
  void theTeamManagerHandlesTheEscalationWhileTheReviewIsStillToDo() {
    SupportPlan plan = activePlan(PlanType.CARE_AND_SUPPORT);
    ProcessInstance cycle = cycleOf(plan);
    advanceTimeAndRunDueJobs(date(AUTHORISED.plusWeeks(6).plusDays(1)), cycle);

    complete("teammanager", cycle, "Task_OverdueReviewEscalation", Map.of("escalationAction", "Reallocated to Paul"));

    assertThat(cycle).isWaitingAt("Task_ReviewPlan").isNotWaitingAt("Task_OverdueReviewEscalation");
  }

  @Test
  void anEarlyReviewRequestBringsThePendingReviewForwardWithoutASecondCycle() {
    SupportPlan plan = activePlan(PlanType.CARE_AND_SUPPORT);
    ProcessInstance cycle = cycleOf(plan);
    ZonedDateTime asked = AUTHORISED.plusWeeks(1);
    ClockUtil.setCurrentTime(date(asked));

    Review review = as("practitioner", () -> earlyReviews.request(ReviewForms.request(earlyRequest(plan, "PROVIDER"))));

    assertThat(review.getKind()).isEqualTo(ReviewKind.EARLY);
    assertThat(review.getRequesterRole()).isEqualTo(RequesterRole.PROVIDER);
    assertThat(task("Task_ReviewPlan", cycle).getDueDate()).isEqualTo(date(asked.plusDays(14)));
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("review-cycle")
        .processInstanceBusinessKey(plan.getId().toString()).count()).isOne();
    assertThat(reviews.findByPlanIdOrderBySequenceNo(plan.getId())).hasSize(1);
  }

  @Test
  void anEarlyRequestWhileTheReviewIsOpenMovesItsDueDateForward() {
    // Residential placements: an early review falls due within a week.
    SupportPlan plan = activePlan(PlanType.RESIDENTIAL_CARE);
    ProcessInstance cycle = cycleOf(plan);
    advanceTimeAndRunDueJobs(date(AUTHORISED.plusWeeks(4)), cycle);
    ClockUtil.setCurrentTime(date(AUTHORISED.plusWeeks(4).plusDays(1)));

    as("carers", () -> earlyReviews.request(ReviewForms.request(earlyRequest(plan, "CARER"))));

    Task review = task("Task_ReviewPlan", cycle);
    assertThat(review.getDueDate()).isEqualTo(date(AUTHORISED.plusWeeks(4).plusDays(8)));
    assertThat(cycle).hasPassed("Task_AddEarlyRequester");
    assertThat(reviews.findByPlanIdOrderBySequenceNo(plan.getId())).hasSize(1);
    assertThat(management.createJobQuery().processInstanceId(cycle.getId()).activityId("Timer_ReviewOverdue")
        .singleResult().getDuedate()).as("overdue from the new date").isEqualTo(date(AUTHORISED.plusWeeks(4).plusDays(8)));
  }

  @Test
  void aSecondEarlyRequestJoinsTheReviewUnderWayAndItsTaskStaysWithWhoeverHoldsIt() {
    SupportPlan plan = activePlan(PlanType.CARE_AND_SUPPORT);
    ProcessInstance cycle = cycleOf(plan);
    as("carers", () -> earlyReviews.request(ReviewForms.request(earlyRequest(plan, "CARER"))));
    Task review = task("Task_ReviewPlan", cycle);
    taskService.claim(review.getId(), "practitioner");

    as("practitioner2", () -> earlyReviews.request(ReviewForms.request(Map.of("supportPlanId",
        plan.getId().toString(), "requesterRole", "PRACTITIONER", "requestedBy", "District nurse Sue Okafor",
        "requestReason", "Pressure sore; needs turning at night"))));

    Task same = task("Task_ReviewPlan", cycle);
    assertThat(same.getId()).as("the same review task, not a new one").isEqualTo(review.getId());
    assertThat(same).isAssignedTo("practitioner");
    Review open = openReview(plan);
    assertThat(open.getRequestedBy()).as("the first requester stays").isEqualTo("Home Care Ltd");
    assertThat(open.getRequestReason()).isEqualTo("Two falls this week; the morning call is not enough");
    assertThat(schedule.earlyRequests(open.getId())).extracting(EarlyRequest::getRequestedBy)
        .containsExactly("Home Care Ltd", "District nurse Sue Okafor");
    assertThat(reviews.findByPlanIdOrderBySequenceNo(plan.getId())).hasSize(1);
  }

  @Test
  void anEarlyReviewCanBeAskedForFromTasklist() {
    SupportPlan plan = activePlan(PlanType.CARE_AND_SUPPORT);
    ProcessInstance cycle = cycleOf(plan);

    ProcessInstance request = as("frontdoor", () -> runtime.startProcessInstanceByKey("request-early-review",
        new HashMap<>(earlyRequest(plan, "PERSON"))));

    assertThat(request).isEnded().hasPassed("Task_RequestEarlyReview");
    assertThat(cycle).isWaitingAt("Task_ReviewPlan");
  }

  @Test
  void anEarlyRequestForAPlanThatDoesNotExistIsRefusedAndChangesNothing() {
    Map<String, Object> request = new HashMap<>(earlyRequest(activePlan(PlanType.CARE_AND_SUPPORT), "PERSON"));
    request.put("supportPlanId", UUID.randomUUID().toString());
    long processes = runtime.createProcessInstanceQuery().count();

    assertThatRejected(() -> as("practitioner", () -> earlyReviews.request(ReviewForms.request(request))))
        .isInstanceOf(InputRejectedException.class).hasMessageStartingWith("supportPlanId");
    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(processes);
  }

  @Test
  void endingThePlanNeedsAClosureStatementAndEndsTheCycle() {
    SupportPlan plan = activePlan(PlanType.CARE_AND_SUPPORT);
    ProcessInstance cycle = cycleOf(plan);
    advanceTimeAndRunDueJobs(date(AUTHORISED.plusWeeks(5)), cycle);

    assertThatRejected(() -> complete("practitioner", cycle, "Task_ReviewPlan",
        with(noChange(), "reviewOutcome", "END_PLAN")))
        .isInstanceOf(InputRejectedException.class).hasMessageStartingWith("closureReasons");
    assertThat(cycle).isWaitingAt("Task_ReviewPlan");

    complete("practitioner", cycle, "Task_ReviewPlan", with(noChange(), "reviewOutcome", "END_PLAN",
        "closureReasons", "Walking independently again; no longer needs a morning call",
        "outcomesEvaluation", "Both outcomes achieved: washing and dressing unaided, back at the lunch club",
        "informationAndAdvice", "Knows how to contact the front door; handyperson scheme details"));

    assertThat(cycle).isEnded().hasPassed("EndEvent_PlanEnded");
    SupportPlan ended = planRepository.findById(plan.getId()).orElseThrow();
    assertThat(ended.getStatus()).isEqualTo(PlanStatus.ENDED);
    Review closing = reviews.findByPlanIdOrderBySequenceNo(plan.getId()).get(0);
    assertThat(ended.getEndedByReviewId()).isEqualTo(closing.getId());
    assertThat(closing.getOutcomesEvaluation()).contains("Both outcomes achieved");
  }

  @Test
  void theDatabaseRefusesAPlanEndedWithoutAReview() {
    SupportPlan plan = activePlan(PlanType.CARE_AND_SUPPORT);

    assertThatThrownBy(() -> jdbc.update("update support_plan set status = 'ENDED' where id = ?", plan.getId()))
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  @Test
  void updatingThePlanWithoutAChangeOfCostAppliesItAndSchedulesTheNextReview() {
    SupportPlan plan = activePlan(PlanType.CARE_AND_SUPPORT);
    ProcessInstance cycle = cycleOf(plan);
    advanceTimeAndRunDueJobs(date(AUTHORISED.plusWeeks(5)), cycle);

    complete("practitioner", cycle, "Task_ReviewPlan", with(noChange(), "reviewOutcome", "UPDATE_PLAN",
        "planChanges", "Move the Tuesday visit to Wednesday", "newWeeklyCost", 150.0));

    assertThat(cycle).hasPassed("Task_ApplyPlanChange", "Gateway_ConcernHandled").isWaitingAt("Gateway_NextEvent")
        .hasNotPassed("Event_RaiseSafeguardingConcern")
        .hasNotPassed("CallActivity_AuthoriseCostChange");
    assertThat(planRepository.findById(plan.getId()).orElseThrow().getWeeklyCost()).isEqualByComparingTo("150.00");
  }

  @Test
  void aNewWeeklyCostIsAppliedOnlyOnceAManagerOtherThanTheReviewerAuthorisesIt() {
    SupportPlan plan = activePlan(PlanType.CARE_AND_SUPPORT);
    ProcessInstance cycle = cycleOf(plan);
    advanceTimeAndRunDueJobs(date(AUTHORISED.plusWeeks(5)), cycle);

    complete("practitioner", cycle, "Task_ReviewPlan", with(noChange(), "reviewOutcome", "UPDATE_PLAN",
        "planChanges", "An evening call as well: she is not safe getting to bed", "newWeeklyCost", 420.5));

    assertThat(cycle).isWaitingAt("CallActivity_AuthoriseCostChange");
    ProcessInstance authorisation = calledProcessInstance("funding-authorisation", cycle);
    Task decide = task("Task_DecideAuthorisation", authorisation);
    assertThat(decide).hasCandidateGroup("team-managers");
    assertThat(planRepository.findById(plan.getId()).orElseThrow().getWeeklyCost())
        .as("unchanged until authorised").isEqualByComparingTo("150.00");

    approveAuthorisation("teammanager", authorisation, "Proportionate to the risk at night");

    assertThat(cycle).hasPassed("Task_ApplyPlanChange").isWaitingAt("Gateway_NextEvent");
    List<SupportPlan> versions = plans.versions(plan.getId());
    assertThat(versions).extracting(SupportPlan::getVersionNo, SupportPlan::getStatus)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(1, PlanStatus.SUPERSEDED),
            org.assertj.core.groups.Tuple.tuple(2, PlanStatus.ACTIVE));
    assertThat(versions.get(0).getWeeklyCost()).as("the first version stays readable").isEqualByComparingTo("150.00");
    assertThat(versions.get(1).getWeeklyCost()).isEqualByComparingTo("420.50");
    assertThat(versions.get(1).getAuthorisedBy()).isEqualTo("teammanager");
    assertThat(plans.lines(versions.get(1).getId())).hasSameSizeAs(plans.lines(versions.get(0).getId()));
  }

  // A residential placement's new cost goes where the authorisation-level table sends any residential placement:
  // the council's funding panel (a rule of the council's own, docs/sources.md), whatever the amount.
  @Test
  void aNewCostForAResidentialPlacementGoesToTheFundingPanel() {
    SupportPlan residential = activePlan(PlanType.RESIDENTIAL_CARE);
    ProcessInstance cycle = cycleOf(residential);
    advanceTimeAndRunDueJobs(date(AUTHORISED.plusWeeks(5)), cycle);

    complete("practitioner", cycle, "Task_ReviewPlan", with(noChange(), "reviewOutcome", "UPDATE_PLAN",
        "planChanges", "A quieter room nearer the lounge", "newWeeklyCost", 160.0));

    ProcessInstance authorisation = calledProcessInstance("funding-authorisation", cycle);
    assertThat(task("Task_DecideAuthorisation", authorisation)).hasCandidateGroup("funding-panel");
  }

  @Test
  void aNewCostThatIsNotAuthorisedGoesBackToTheReviewAndLeavesThePlanAsItWas() {
    SupportPlan plan = activePlan(PlanType.CARE_AND_SUPPORT);
    ProcessInstance cycle = cycleOf(plan);
    advanceTimeAndRunDueJobs(date(AUTHORISED.plusWeeks(5)), cycle);
    complete("practitioner", cycle, "Task_ReviewPlan", with(noChange(), "reviewOutcome", "UPDATE_PLAN",
        "planChanges", "Double the morning call", "newWeeklyCost", 300.0));
    ProcessInstance authorisation = calledProcessInstance("funding-authorisation", cycle);

    decideAuthorisation("teammanager", authorisation, "RETURNED", "Try assistive technology first");

    assertThat(cycle).hasPassed("Gateway_ChangeAuthorised").isWaitingAt("Task_ReviewPlan")
        .hasNotPassed("Task_ApplyPlanChange");
    assertThat(planRepository.findById(plan.getId()).orElseThrow().getWeeklyCost()).isEqualByComparingTo("150.00");
  }

  @Test
  void aReassessmentStartsALetsTalk1WithThePlanStillActive() {
    SupportPlan plan = activePlan(PlanType.CARE_AND_SUPPORT);
    ProcessInstance cycle = cycleOf(plan);
    advanceTimeAndRunDueJobs(date(AUTHORISED.plusWeeks(5)), cycle);

    complete("practitioner", cycle, "Task_ReviewPlan", with(noChange(), "reviewOutcome", "REASSESSMENT",
        "reviewFindings", "Her sight has failed badly since the spring; the plan no longer fits"));

    assertThat(cycle).hasPassed("Event_StartReassessment").isWaitingAt("Gateway_NextEvent");
    ProcessInstance involvement = runtime.createProcessInstanceQuery().processDefinitionKey("involvement")
        .processInstanceBusinessKey(plan.getPersonId().toString()).singleResult();
    assertThat(involvement).isNotNull();
    Task letsTalk1 = taskService.createTaskQuery().taskDefinitionKey("Task_HoldLetsTalk1")
        .processInstanceBusinessKey(plan.getPersonId().toString()).singleResult();
    assertThat(letsTalk1).isAssignedTo("practitioner");
    assertThat(planRepository.findById(plan.getId()).orElseThrow().getStatus()).isEqualTo(PlanStatus.ACTIVE);
  }

  @Test
  void aReviewWithoutOutcomeOrParticipantsIsRefusedAndTheTaskStaysOpen() {
    SupportPlan plan = activePlan(PlanType.CARE_AND_SUPPORT);
    ProcessInstance cycle = cycleOf(plan);
    advanceTimeAndRunDueJobs(date(AUTHORISED.plusWeeks(5)), cycle);

    assertThatRejected(() -> complete("practitioner", cycle, "Task_ReviewPlan", with(noChange(), "reviewOutcome", null)))
        .isInstanceOf(InputRejectedException.class).hasMessageStartingWith("reviewOutcome");
    assertThatRejected(() -> complete("practitioner", cycle, "Task_ReviewPlan",
        with(noChange(), "personTookPart", false, "carerTookPart", false)))
        .isInstanceOf(InputRejectedException.class).hasMessageStartingWith("personTookPart");
    assertThatRejected(() -> complete("practitioner", cycle, "Task_ReviewPlan", with(noChange(), "nextReviewIn", "P0D")))
        .isInstanceOf(InputRejectedException.class).hasMessageStartingWith("nextReviewIn");
    assertThatRejected(() -> complete("practitioner", cycle, "Task_ReviewPlan", with(noChange(), "nextReviewIn", "P-3M")))
        .isInstanceOf(InputRejectedException.class).hasMessageStartingWith("nextReviewIn");
    assertThatRejected(() -> complete("practitioner", cycle, "Task_ReviewPlan", with(noChange(), "nextReviewIn", "P2Y")))
        .isInstanceOf(InputRejectedException.class).hasMessageStartingWith("nextReviewIn");

    assertThat(cycle).isWaitingAt("Task_ReviewPlan");
    assertThat(openReview(plan).getCompletedAt()).isNull();
  }

  @Test
  void activatingAPlanTwiceKeepsOneCycle() {
    SupportPlan plan = activePlan(PlanType.CARE_AND_SUPPORT);

    plans.activate(plan.getId(), "teammanager");
    reviewCycles.startFor(plan.getId());

    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(plan.getId().toString()).count()).isOne();
  }

  @Test
  void aThousandActivePlansHaveExactlyOnePendingReviewTimerEach() {
    List<SupportPlan> many = new java.util.ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      SupportPlan plan = plans.draft(person(), PlanType.CARE_AND_SUPPORT, Delivery.DIRECT_PAYMENT,
          new BigDecimal("100.00"), "practitioner", "practitioners");
      plans.activate(plan.getId(), "teammanager");
      many.add(reviewCycles.startFor(plan.getId()));
    }

    for (SupportPlan plan : many) {
      List<Job> timers = management.createJobQuery().processInstanceId(plan.getReviewProcessInstanceId()).timers().list();
      assertThat(timers).as("timers of plan " + plan.getId()).hasSize(1);
      assertThat(reviews.findByPlanIdOrderBySequenceNo(plan.getId())).hasSize(1);
    }
  }

  private SupportPlan activePlan(PlanType type) {
    SupportPlan plan = plans.draft(person(), type, Delivery.DIRECT_PAYMENT, new BigDecimal("150.00"), "practitioner",
        "practitioners");
    plans.activate(plan.getId(), "teammanager");
    return reviewCycles.startFor(plan.getId());
  }

  private UUID person() {
    String family = "Review" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    return people.create(new PersonDetails("Grace", family, null, null, null, null, null, null, null), false).getId();
  }

  private String personName(SupportPlan plan) {
    return (String) runtime.getVariable(plan.getReviewProcessInstanceId(), "personName");
  }

  private ProcessInstance cycleOf(SupportPlan plan) {
    return runtime.createProcessInstanceQuery().processInstanceId(plan.getReviewProcessInstanceId()).singleResult();
  }

  private Date timerDue(ProcessInstance cycle) {
    return management.createJobQuery().processInstanceId(cycle.getId()).timers().singleResult().getDuedate();
  }

  private Review openReview(SupportPlan plan) {
    return reviews.findFirstByPlanIdAndCompletedAtIsNullOrderBySequenceNoDesc(plan.getId()).orElseThrow();
  }

  private static Map<String, Object> noChange() {
    Map<String, Object> form = new HashMap<>();
    form.put("reviewOutcome", "NO_CHANGE");
    form.put("reviewFindings", "Morning calls are working; she goes to the lunch club on Thursdays");
    form.put("personTookPart", true);
    form.put("carerTookPart", true);
    return form;
  }

  private static Map<String, Object> earlyRequest(SupportPlan plan, String role) {
    return Map.of("supportPlanId", plan.getId().toString(), "requesterRole", role, "requestedBy", "Home Care Ltd",
        "requestReason", "Two falls this week; the morning call is not enough");
  }

  private static Date date(ZonedDateTime time) {
    return Date.from(time.toInstant());
  }
}
