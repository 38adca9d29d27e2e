package org.letstalk.invariants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.letstalk.FormFixtures.with;
import static org.letstalk.conversation.ConversationFixtures.contactAbout;
import static org.letstalk.conversation.ConversationFixtures.letsTalk1;
import static org.letstalk.conversation.ConversationFixtures.newCaseFor;
import static org.letstalk.longtermsupport.LetsTalk3Fixtures.analysis;
import static org.letstalk.longtermsupport.LetsTalk3Fixtures.eligibleAnswers;
import static org.letstalk.longtermsupport.LetsTalk3Fixtures.plan;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.letstalk.PostgresTest;
import org.letstalk.ProcessTestSupport;
import org.letstalk.involvement.InvolvementRepository;
import org.letstalk.involvement.InvolvementStatus;
import org.letstalk.person.PersonDetails;
import org.letstalk.person.PersonFinder;
import org.letstalk.plan.Delivery;
import org.letstalk.plan.PlanType;
import org.letstalk.plan.SupportPlan;
import org.letstalk.plan.SupportPlans;
import org.letstalk.review.Review;
import org.letstalk.review.ReviewOutcome;
import org.letstalk.review.ReviewRepository;
import org.letstalk.review.flow.StartReviewCycle;
import org.letstalk.validation.ConflictException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Counter-examples CaseInvariantsPropertyTest found, shrunk to the few steps that broke an invariant. */
@PostgresTest
class CaseInvariantsRegressionTest extends ProcessTestSupport {

  @Autowired
  InvolvementRepository involvements;

  @Autowired
  PersonFinder people;

  @Autowired
  SupportPlans plans;

  @Autowired
  StartReviewCycle reviewCycles;

  @Autowired
  ReviewRepository reviews;

  @Autowired
  JdbcTemplate jdbc;

  /**
   * Contact, Let's Talk 1 "no ongoing need", a further contact while the closure waits for its authorisation, the
   * closure approved: the case closed with the further contact's task still open.
   */
  @Test
  void aFurtherContactWhileTheClosureWaitsKeepsTheCaseOpenUntilItIsConsidered() {
    Map<String, Object> contact = contactAbout("Ada");
    ProcessInstance involvement = involvementFrom(contact, newCaseFor("practitioner"));
    UUID ada = UUID.fromString(involvement.getBusinessKey());
    complete("practitioner", calledProcessInstance("lets-talk-1", involvement), "Task_HoldLetsTalk1",
        letsTalk1("NO_ONGOING_NEED"));
    ProcessInstance again = startContact("frontdoor", contact);
    complete("frontdoor", again, "Task_DecideContactOutcome", Map.of("outcome", "EXISTING_CASE",
        "outcomeReason", "Her son rang: she is not eating", "crisis", false, "allocation", "NAMED_WORKER",
        "allocatedWorker", "practitioner"));
    ProcessInstance closure = calledProcessInstance("funding-authorisation", involvement);

    Throwable refused = catchThrowable(() -> approveAuthorisation("teammanager", closure));

    assertThat(conflictIn(refused)).as("409 naming the further contact").isNotNull()
        .hasMessageContaining("a further contact about Ada");
    assertThat(involvement).isWaitingAt("CallActivity_AuthoriseClosure", "Task_ConsiderFurtherContact");
    assertThat(involvements.findByPersonIdOrderByStartedAt(ada)).singleElement()
        .satisfies(open -> assertThat(open.getStatus()).isEqualTo(InvolvementStatus.OPEN));

    complete("practitioner", involvement, "Task_ConsiderFurtherContact",
        Map.of("newContactAction", "Rang her son: she is eating again; closure still right"));
    approveAuthorisation("teammanager", closure);

    assertThat(involvement).isEnded().hasPassed("EndEvent_Closed");
    assertThat(involvements.findByPersonIdOrderByStartedAt(ada)).singleElement()
        .satisfies(closed -> assertThat(closed.getStatus()).isEqualTo(InvolvementStatus.CLOSED));
    assertThat(taskService.createTaskQuery().processVariableValueEquals("personId", ada.toString()).count()).isZero();
  }

  /**
   * Contact, Let's Talk 1 "no ongoing need", the closure undecided for two working days (it goes up to a service
   * manager and the team managers are told), then approved: the case closed and the notice stayed in the team
   * managers' queue.
   */
  @Test
  void theNoticeThatAClosureWentUpIsWithdrawnOnceTheClosureIsDecided() {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2031, 1, 6, 9, 0).atZone(ZoneId.of("Europe/London"))
        .toInstant()));
    ProcessInstance involvement = involvementFrom(contactAbout("Bea"), newCaseFor("practitioner"));
    UUID bea = UUID.fromString(involvement.getBusinessKey());
    complete("practitioner", calledProcessInstance("lets-talk-1", involvement), "Task_HoldLetsTalk1",
        letsTalk1("NO_ONGOING_NEED"));
    ProcessInstance closure = calledProcessInstance("funding-authorisation", involvement);
    advanceTimeAndRunDueJobs(Date.from(LocalDateTime.of(2031, 1, 9, 9, 0).atZone(ZoneId.of("Europe/London"))
        .toInstant()), closure);
    ProcessInstance notice = runtime.createProcessInstanceQuery().processDefinitionKey("authorisation-escalated")
        .variableValueEquals("personId", bea.toString()).singleResult();
    assertThat(notice).isWaitingAt("Task_NoteEscalation");

    approveAuthorisation("teammanager", closure);

    assertThat(notice).isEnded().hasPassed("EndEvent_NoticeWithdrawn");
    assertThat(involvements.findByPersonIdOrderByStartedAt(bea)).singleElement()
        .satisfies(closed -> assertThat(closed.getStatus()).isEqualTo(InvolvementStatus.CLOSED));
    assertThat(taskService.createTaskQuery().processVariableValueEquals("personId", bea.toString()).count()).isZero();
  }

  /**
   * A plan's review asks for a new weekly cost and the authoriser returns it: the worker is asked to review again,
   * but the review stayed recorded as done, so its overdue timer failed ("the plan has no review pending") and the
   * second answer was not kept.
   */
  @Test
  void aReviewTheAuthoriserSendsBackIsOpenAgainUntilTheWorkerHasDoneItAgain() {
    ZonedDateTime authorised = LocalDateTime.of(2031, 3, 3, 10, 0).atZone(ZoneId.of("Europe/London"));
    ClockUtil.setCurrentTime(Date.from(authorised.toInstant()));
    UUID person = people.create(new PersonDetails("Cora", "Regression" + UUID.randomUUID().toString().substring(0, 8),
        null, null, null, null, null, null, null), false).getId();
    SupportPlan plan = plans.draft(person, PlanType.CARE_AND_SUPPORT, Delivery.DIRECT_PAYMENT,
        new BigDecimal("150.00"), "practitioner", "practitioners");
    plans.activate(plan.getId(), "teammanager");
    ProcessInstance cycle = runtime.createProcessInstanceQuery()
        .processInstanceId(reviewCycles.startFor(plan.getId()).getReviewProcessInstanceId()).singleResult();
    advanceTimeAndRunDueJobs(Date.from(authorised.plusWeeks(5).toInstant()), cycle);
    complete("practitioner", cycle, "Task_ReviewPlan", Map.of("reviewOutcome", "UPDATE_PLAN",
        "reviewFindings", "Two falls at night", "personTookPart", true, "carerTookPart", false,
        "planChanges", "A night call as well", "newWeeklyCost", 300.0));
    decideAuthorisation("teammanager", calledProcessInstance("funding-authorisation", cycle), "RETURNED",
        "Try a pendant alarm first");
    Review sentBack = reviews.findFirstByPlanIdAndCompletedAtIsNullOrderBySequenceNoDesc(plan.getId())
        .orElseThrow(() -> new AssertionError("the review sent back is open again"));

    advanceTimeAndRunDueJobs(Date.from(authorised.plusWeeks(6).plusDays(1).toInstant()), cycle);

    assertThat(cycle).hasPassed("Task_ReopenReview").isWaitingAt("Task_ReviewPlan", "Task_OverdueReviewEscalation");
    assertThat(reviews.findById(sentBack.getId()).orElseThrow().getOverdueSince()).isNotNull();
    complete("practitioner", cycle, "Task_ReviewPlan", Map.of("reviewOutcome", "NO_CHANGE",
        "reviewFindings", "Pendant alarm fitted; no falls since", "personTookPart", true, "carerTookPart", false));
    Review done = reviews.findById(sentBack.getId()).orElseThrow();
    assertThat(done.getOutcome()).as("the second answer is kept").isEqualTo(ReviewOutcome.NO_CHANGE);
    assertThat(done.getCompletedAt()).isNotNull();
    assertThat(plans.current(plan.getId()).getWeeklyCost()).isEqualByComparingTo("150.00");
    assertThat(cycle).isWaitingAt("Gateway_NextEvent");
  }

  /**
   * An LT3 plan approved at £190 a week; a further contact; a Let's Talk 1 that changes the funding to £67, approved
   * at the same moment (the clock stands still, as it did in the property's run). The plan in force is the new
   * version at £67, the £190 version is superseded, and one review cycle runs: one plan in force per person and
   * kind, at the cost of the authorisation decided last. The two decisions share their timestamps to the
   * microsecond, so "decided last" is the order they were made in, never an order read back from the timestamps.
   */
  @Test
  void aFundingChangeApprovedInTheSameMomentAsThePlanIsThePlanInForce() {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2031, 8, 24, 9, 0).atZone(ZoneId.of("Europe/London"))
        .toInstant()));
    Map<String, Object> contact = contactAbout("Ada");
    ProcessInstance involvement = involvementFrom(contact, newCaseFor("practitioner"));
    UUID ada = UUID.fromString(involvement.getBusinessKey());
    complete("practitioner", calledProcessInstance("lets-talk-1", involvement), "Task_HoldLetsTalk1",
        letsTalk1("LT3"));
    ProcessInstance lt3 = calledProcessInstance("lets-talk-3", involvement);
    complete("practitioner", lt3, "Task_HoldLetsTalk3", analysis());
    complete("practitioner", lt3, "Task_AssessEligibility", eligibleAnswers());
    complete("practitioner", lt3, "Task_FinancialAssessment", Map.of("financialOutcome", "FULL_COST_SELF_FUNDER"));
    complete("practitioner", lt3, "Task_WriteSupportPlan", with(plan(), "personalBudget", 400,
        "item1_weeklyCost", 150));
    approveAuthorisation("teammanager", calledProcessInstance("funding-authorisation", lt3));
    SupportPlan first = plans.activeFor(ada).get(0);
    assertThat(first.getWeeklyCost()).isEqualByComparingTo("190.00");

    ProcessInstance again = startContact("frontdoor", contact);
    complete("frontdoor", again, "Task_DecideContactOutcome", Map.of("outcome", "EXISTING_CASE",
        "outcomeReason", "Her son rang: the mornings are enough now", "crisis", false, "allocation", "NAMED_WORKER",
        "allocatedWorker", "practitioner"));
    ProcessInstance episode = runtime.createProcessInstanceQuery().processDefinitionKey("involvement")
        .processInstanceBusinessKey(ada.toString()).active().singleResult();
    ProcessInstance lt1 = calledProcessInstance("lets-talk-1", episode);
    complete("practitioner", lt1, "Task_HoldLetsTalk1", with(letsTalk1("NO_ONGOING_NEED"), "hasCapacity", true,
        "fundingChange", true, "newWeeklyCost", 67));
    approveAuthorisation("teammanager", calledProcessInstance("funding-authorisation", lt1));

    assertThat(jdbc.queryForList("select distinct decided_at from authorisation_request where person_id = ?"
        + " and status = 'APPROVED' and request_type in ('LT3_SUPPORT_PLAN', 'LT1_FUNDING_CHANGE')", ada))
        .as("both decided in the same moment").hasSize(1);
    assertThat(plans.activeFor(ada)).as("one plan in force, at the cost approved last").singleElement()
        .satisfies(inForce -> {
          assertThat(inForce.getWeeklyCost()).isEqualByComparingTo("67.00");
          assertThat(inForce.getVersionNo()).isEqualTo(2);
          assertThat(inForce.getSeriesId()).isEqualTo(first.getSeriesId());
        });
    assertThat(plans.current(first.getId()).getWeeklyCost()).isEqualByComparingTo("67.00");
    assertThat(jdbc.queryForObject("select status from support_plan where id = ?", String.class, first.getId()))
        .isEqualTo("SUPERSEDED");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("review-cycle")
        .processInstanceBusinessKey(first.getSeriesId().toString()).count()).as("one review cycle").isEqualTo(1);
  }

  private static ConflictException conflictIn(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ConflictException conflict) {
        return conflict;
      }
    }
    return null;
  }
}
