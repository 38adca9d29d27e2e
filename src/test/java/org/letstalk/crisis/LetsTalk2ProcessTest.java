package org.letstalk.crisis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.letstalk.FormFixtures.with;
import static org.letstalk.RefusalAssertions.assertThatRejected;
import static org.letstalk.conversation.ConversationFixtures.contactAbout;
import static org.letstalk.conversation.ConversationFixtures.crisisFor;
import static org.letstalk.conversation.ConversationFixtures.letsTalk2;
import static org.letstalk.conversation.ConversationFixtures.newPlan;
import static org.letstalk.conversation.ConversationFixtures.review;

import org.letstalk.conversation.ConversationOutcome;
import org.letstalk.conversation.ConversationType;
import org.letstalk.conversation.Conversation;
import org.letstalk.conversation.ConversationTestSupport;
import org.letstalk.conversation.HeldHow;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.letstalk.PostgresTest;
import org.letstalk.document.DocumentKind;
import org.letstalk.document.DocumentTexts;
import org.letstalk.document.PersonDocument;
import org.letstalk.document.PersonDocumentRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.letstalk.validation.InputRejectedException;

/** Every path of lets-talk-2 [T 2.37-2.51], its timers and its bad input. */
@PostgresTest
class LetsTalk2ProcessTest extends ConversationTestSupport {

  @Autowired
  PersonDocumentRepository documents;

  /** Monday 09:30 in the council's time. */
  static final Date MONDAY = Date.from(LocalDateTime.of(2026, 11, 30, 9, 30).atZone(ZoneId.of("Europe/London")).toInstant());

  @BeforeEach
  void aMondayMorning() {
    ClockUtil.setCurrentTime(MONDAY);
  }

  ProcessInstance crisis(String name) {
    ProcessInstance involvement = involvementFrom(contactAbout(name), crisisFor("practitioner"));
    assertThat(involvement).isWaitingAt("CallActivity_LetsTalk2");
    return involvement;
  }

  static Date later(Duration duration) {
    return Date.from(MONDAY.toInstant().plus(duration));
  }

  @Test
  void aCrisisIsASameDayLetsTalk2WithAPlanItsActionsAndASmallSpendMadeAtOnce() {
    ProcessInstance involvement = crisis("Stan");
    ProcessInstance lt2 = calledProcessInstance("lets-talk-2", involvement);
    Task task = task("Task_HoldLetsTalk2", lt2);
    assertThat(task).isAssignedTo("practitioner");
    assertThat(task.getName()).startsWith("Let's Talk 2 (crisis): Stan Conv");
    assertThat(task.getDueDate()).isEqualTo(
        Date.from(LocalDateTime.of(2026, 11, 30, 17, 0).atZone(ZoneId.of("Europe/London")).toInstant()));

    complete("practitioner", lt2, "Task_HoldLetsTalk2",
        with(letsTalk2(14), "spendAmount", 60, "spendPurpose", "Two heaters"));

    assertThat(lt2).isWaitingAt("Task_CrisisPlanUnderWay").hasNotPassed("CallActivity_AuthoriseSpend");
    UUID person = personOf(involvement);
    CrisisPlan plan = plans.findByPersonIdOrderByMadeAt(person).get(0);
    assertThat(plan.getStatus()).isEqualTo(CrisisPlanStatus.ACTIVE);
    assertThat(plan.getEndsOn()).isEqualTo("2026-12-14");
    assertThat(plan.getActions()).hasSize(3).first().asString().contains("heaters");
    assertThat(spends.findByPersonId(person)).singleElement().satisfies(spend -> {
      assertThat(spend.getStatus()).isEqualTo(SpendStatus.MADE);
      assertThat(spend.getAmount()).isEqualByComparingTo("60");
    });
    Conversation held = conversations.findByPersonIdOrderByHeldAt(person).get(0);
    assertThat(held.getType()).isEqualTo(ConversationType.LT2);
    assertThat(held.getTodayAndTomorrow()).contains("Warm the house");
    Task underWay = task("Task_CrisisPlanUnderWay", lt2);
    assertThat(underWay.getName()).startsWith("Crisis plan under way until 2026-12-14");
    List<PersonDocument> given = documents.findByPersonIdOrderByMadeAtAsc(person);
    assertThat(given).extracting(PersonDocument::getKind)
        .containsExactlyInAnyOrder(DocumentKind.LETS_TALK_2_RECORD, DocumentKind.CRISIS_PLAN);
    assertThat(given).allSatisfy(d -> assertThat(d.getMadeBy()).isEqualTo("practitioner"));
    assertThat(given).filteredOn(d -> d.getKind() == DocumentKind.CRISIS_PLAN).singleElement()
        .satisfies(d -> assertThat(DocumentTexts.of(d.getContent())).contains("Your crisis plan", "14 December 2026",
            "heaters", "If things get worse"));
    assertThat(given).filteredOn(d -> d.getKind() == DocumentKind.LETS_TALK_2_RECORD).singleElement()
        .satisfies(d -> assertThat(DocumentTexts.of(d.getContent())).contains("Our conversation about the help",
            "Warm the house"));
    assertThat(runtime.getVariables(lt2.getId())).as("the plan lives in tables, not variables")
        .doesNotContainKeys("planActions", "planEndDate", "spendAmount", "spendPurpose");
  }

  // [T 3.8 Standard 1; T 2.43; T 2.17]: a crisis conversation records its risks, the urgent flags and how it was held.
  @Test
  void aLetsTalk2RecordsItsRisksAndHowItWasHeld() {
    ProcessInstance involvement = crisis("Vera");
    ProcessInstance lt2 = calledProcessInstance("lets-talk-2", involvement);

    assertThatRejected(() -> complete("practitioner", lt2, "Task_HoldLetsTalk2",
        with(letsTalk2(14), "riskFailureToGainAccess", true)))
        .isInstanceOf(InputRejectedException.class).hasMessageStartingWith("urgentAction:");
    complete("practitioner", lt2, "Task_HoldLetsTalk2", with(letsTalk2(14), "heldHow", "PHONE",
        "riskFailureToGainAccess", true, "urgentAction", "No answer at the door: police welfare check asked for"));

    Conversation held = conversations.findByPersonIdOrderByHeldAt(personOf(involvement)).get(0);
    assertThat(held.getHeldHow()).isEqualTo(HeldHow.PHONE);
    assertThat(held.getRisks().failureToGainAccess()).isTrue();
    assertThat(held.getRisks().urgent()).isTrue();
  }

  @Test
  void aPlanMustEndBetweenOneAndEightWeeksAhead() {
    ProcessInstance involvement = crisis("Tilly");
    ProcessInstance lt2 = calledProcessInstance("lets-talk-2", involvement);

    for (int days : List.of(5, 57)) {
      assertThatRejected(() -> complete("practitioner", lt2, "Task_HoldLetsTalk2", letsTalk2(days)))
          .isInstanceOf(InputRejectedException.class).hasMessageStartingWith("planEndDate:");
    }
    assertThatRejected(() -> complete("practitioner", lt2, "Task_HoldLetsTalk2", with(letsTalk2(14), "planEndDate", null)))
        .isInstanceOf(InputRejectedException.class).hasMessageStartingWith("planEndDate:");
    assertThat(lt2).isWaitingAt("Task_HoldLetsTalk2");
    assertThat(conversations.findByPersonIdOrderByHeldAt(personOf(involvement))).isEmpty();
    assertThat(plans.findByPersonIdOrderByMadeAt(personOf(involvement))).isEmpty();
  }

  @Test
  void aSpendWithoutAnAmountStrengthsMissingOrAFundingChangeIsRefused() {
    ProcessInstance involvement = crisis("Umar");
    ProcessInstance lt2 = calledProcessInstance("lets-talk-2", involvement);

    assertThatRejected(() -> complete("practitioner", lt2, "Task_HoldLetsTalk2",
        with(letsTalk2(14), "spendPurpose", "Heaters")))
        .isInstanceOf(InputRejectedException.class).hasMessageStartingWith("spendAmount:");
    assertThatRejected(() -> complete("practitioner", lt2, "Task_HoldLetsTalk2",
        with(letsTalk2(14), "strengthsNetwork", null)))
        .isInstanceOf(InputRejectedException.class).hasMessageStartingWith("strengthsNetwork:");
    assertThatRejected(() -> complete("practitioner", lt2, "Task_HoldLetsTalk2",
        with(letsTalk2(14), "longTermFundingChange", true)))
        .isInstanceOf(InputRejectedException.class).hasMessageStartingWith("longTermFundingChange:")
        .hasMessageContaining("never changes long-term funding");

    assertThat(lt2).isWaitingAt("Task_HoldLetsTalk2");
    UUID person = personOf(involvement);
    assertThat(spends.findByPersonId(person)).isEmpty();
    assertThat(plans.findByPersonIdOrderByMadeAt(person)).isEmpty();
  }

  @Test
  void aSpendAboveTheLimitWaitsForATeamManagerBeforeItIsMade() {
    ProcessInstance involvement = crisis("Vera");
    ProcessInstance lt2 = calledProcessInstance("lets-talk-2", involvement);
    complete("practitioner", lt2, "Task_HoldLetsTalk2",
        with(letsTalk2(21), "spendAmount", "250.00", "spendPurpose", "Emergency respite night"));

    assertThat(lt2).isWaitingAt("CallActivity_AuthoriseSpend");
    UUID person = personOf(involvement);
    assertThat(spends.findByPersonId(person)).singleElement()
        .satisfies(spend -> assertThat(spend.getStatus()).isEqualTo(SpendStatus.AWAITING_APPROVAL));
    ProcessInstance authorisation = calledProcessInstance("funding-authorisation", lt2);
    Task decide = task("Task_DecideAuthorisation", authorisation);
    assertThat(decide).as("the managers of North locality, the case's team")
        .hasCandidateGroup("team-north-locality-demo-managers");
    assertThat(decide.getName()).startsWith("Authorise crisis spend of £250.00: Vera Conv");

    approveAuthorisation("teammanager", authorisation);

    assertThat(lt2).hasPassed("Task_RecordSpendDecision").isWaitingAt("Task_CrisisPlanUnderWay");
    assertThat(spends.findByPersonId(person)).singleElement()
        .satisfies(spend -> assertThat(spend.getStatus()).isEqualTo(SpendStatus.APPROVED_AND_MADE));
  }

  @Test
  void aDeclinedSpendIsNotMadeAndThePlanRunsOn() {
    ProcessInstance involvement = crisis("Wyn");
    ProcessInstance lt2 = calledProcessInstance("lets-talk-2", involvement);
    complete("practitioner", lt2, "Task_HoldLetsTalk2",
        with(letsTalk2(21), "spendAmount", 180, "spendPurpose", "New mattress"));

    ProcessInstance authorisation = calledProcessInstance("funding-authorisation", lt2);
    decideAuthorisation("teammanager", authorisation, "DECLINED", "The charity shop scheme can supply one");

    assertThat(lt2).isWaitingAt("Task_CrisisPlanUnderWay");
    assertThat(spends.findByPersonId(personOf(involvement))).singleElement()
        .satisfies(spend -> assertThat(spend.getStatus()).isEqualTo(SpendStatus.NOT_APPROVED));
  }

  @Test
  void checkInsComeEveryTwoDaysAndAnOverdueOneGoesToTheManagersOfTheCasesTeam() {
    ProcessInstance involvement = crisis("Xavier");
    ProcessInstance lt2 = calledProcessInstance("lets-talk-2", involvement);
    complete("practitioner", lt2, "Task_HoldLetsTalk2", letsTalk2(21));
    assertThat(runtime.getVariable(lt2.getId(), "checkInInterval")).isEqualTo("P2D");

    advanceTimeAndRunDueJobs(later(Duration.ofDays(1)), involvement);
    assertThat(task("Task_CheckIn", lt2)).as("no check-in before two days").isNull();

    advanceTimeAndRunDueJobs(later(Duration.ofDays(2).plusMinutes(1)), involvement);
    Task checkIn = task("Task_CheckIn", lt2);
    assertThat(checkIn).isAssignedTo("practitioner");
    assertThat(checkIn.getName()).startsWith("Check in with Xavier Conv");
    assertThatRejected(() -> complete("practitioner", lt2, "Task_CheckIn", Map.of("planWorking", true)))
        .isInstanceOf(InputRejectedException.class).hasMessageStartingWith("checkInNotes:");
    complete("practitioner", lt2, "Task_CheckIn", Map.of("checkInNotes", "Warm, eating well", "planWorking", true));
    UUID planId = UUID.fromString((String) runtime.getVariable(lt2.getId(), "crisisPlanId"));
    assertThat(checkIns.findByCrisisPlanId(planId)).singleElement()
        .satisfies(c -> assertThat(c.getDoneBy()).isEqualTo("practitioner"));

    advanceTimeAndRunDueJobs(later(Duration.ofDays(4).plusMinutes(2)), involvement);
    assertThat(task("Task_CheckIn", lt2)).as("the next check-in").isNotNull();
    assertThat(task("Task_ChaseCheckIn", lt2)).isNull();

    advanceTimeAndRunDueJobs(later(Duration.ofDays(5).plusMinutes(3)), involvement);
    Task chase = task("Task_ChaseCheckIn", lt2);
    assertThat(chase).as("the managers of North locality, the practitioner's team, not every team manager")
        .hasCandidateGroup("team-north-locality-demo-managers");
    assertThat(taskService.getIdentityLinksForTask(chase.getId())).extracting(link -> link.getGroupId())
        .doesNotContain("team-managers");
    assertThat(chase.getName()).startsWith("Check-in overdue: Xavier Conv");
    complete("teammanager", lt2, "Task_ChaseCheckIn", Map.of("chaseAction", "Rang Priya; visit booked for today"));
    assertThat(decisions.findByPersonIdOrderByDecidedAt(personOf(involvement)))
        .anySatisfy(d -> assertThat(d.getKind()).isEqualTo("CHECK_IN_OVERDUE"));
    assertThat(lt2).hasPassed("EndEvent_CheckedIn", "EndEvent_CheckInChased").isWaitingAt("Task_CrisisPlanUnderWay");
  }

  @Test
  void atThePlansEndDateItIsReviewedAndTheReviewConcludesTheLetsTalk2() {
    ProcessInstance involvement = crisis("Yusuf");
    ProcessInstance lt2 = calledProcessInstance("lets-talk-2", involvement);
    complete("practitioner", lt2, "Task_HoldLetsTalk2", letsTalk2(7));
    UUID person = personOf(involvement);
    assertThat(crisisPlans.hasActivePlan(person)).isTrue();
    assertThatRejected(() -> crisisPlans.assertNoActiveCrisisPlan(person))
        .isInstanceOf(InputRejectedException.class).hasMessageStartingWith("longTermFunding:");
    assertThatRejected(() -> runtime.startProcessInstanceByKey("funding-authorisation", Map.of(
        "requestType", "LT3_SUPPORT_PLAN", "requestedBy", "practitioner", "personId", person.toString(),
        "personName", "Yusuf", "weeklyCost", 300.0, "summary", "Support plan")))
        .as("no long-term funding decision during a crisis plan [T 2.51]")
        .isInstanceOf(InputRejectedException.class).hasMessageStartingWith("longTermFunding:");

    advanceTimeAndRunDueJobs(later(Duration.ofDays(7)), involvement);

    assertThat(lt2).hasPassed("Boundary_PlanEndDate").isWaitingAt("Task_ReviewCrisisPlan");
    assertThat(task("Task_ReviewCrisisPlan", lt2)).isAssignedTo("practitioner");
    assertThatRejected(() -> complete("practitioner", lt2, "Task_ReviewCrisisPlan", Map.of("outcome", "LT1")))
        .isInstanceOf(InputRejectedException.class).hasMessageStartingWith("outcomeRationale:");

    complete("practitioner", lt2, "Task_ReviewCrisisPlan", review("LT1"));

    assertThat(lt2).isEnded().hasPassed("EndEvent_CrisisReviewed");
    assertThat(crisisPlans.hasActivePlan(person)).isFalse();
    assertThatCode(() -> crisisPlans.assertNoActiveCrisisPlan(person)).doesNotThrowAnyException();
    assertThat(conversations.findByPersonIdOrderByHeldAt(person).get(0).getOutcome()).isEqualTo(ConversationOutcome.LT1);
    assertThat(involvement).isWaitingAt("CallActivity_LetsTalk1");
  }

  @Test
  void aPlanThatIsNotWorkingIsEndedAndANewOneMade() {
    ProcessInstance involvement = crisis("Zara");
    ProcessInstance lt2 = calledProcessInstance("lets-talk-2", involvement);
    complete("practitioner", lt2, "Task_HoldLetsTalk2", letsTalk2(21));

    assertThatRejected(() -> complete("practitioner", lt2, "Task_CrisisPlanUnderWay",
        Map.of("planDecision", "END_NOT_WORKING")))
        .isInstanceOf(InputRejectedException.class).hasMessageStartingWith("planDecisionReason:");
    complete("practitioner", lt2, "Task_CrisisPlanUnderWay",
        Map.of("planDecision", "END_NOT_WORKING", "planDecisionReason", "Neighbour has gone into hospital"));
    assertThat(lt2).isWaitingAt("Task_MakeNewPlan");
    assertThatRejected(() -> complete("practitioner", lt2, "Task_MakeNewPlan", newPlan(70)))
        .isInstanceOf(InputRejectedException.class).hasMessageStartingWith("planEndDate:");
    ClockUtil.setCurrentTime(later(Duration.ofHours(3)));
    complete("practitioner", lt2, "Task_MakeNewPlan", with(newPlan(10), "spendAmount", "30", "spendPurpose", "Taxi"));

    List<CrisisPlan> made = plans.findByPersonIdOrderByMadeAt(personOf(involvement));
    assertThat(made).extracting(CrisisPlan::getStatus)
        .containsExactly(CrisisPlanStatus.ENDED_NOT_WORKING, CrisisPlanStatus.ACTIVE);
    assertThat(made.get(0).getEndReason()).contains("hospital");
    assertThat(spends.findByPersonId(personOf(involvement))).singleElement()
        .satisfies(spend -> assertThat(spend.getCrisisPlanId()).isEqualTo(made.get(1).getId()));
    assertThat(lt2).isWaitingAt("Task_CrisisPlanUnderWay");
    assertThat(runtime.getVariable(lt2.getId(), "crisisPlanId")).isEqualTo(made.get(1).getId().toString());
    assertThat(documents.findByPersonIdOrderByMadeAtAsc(personOf(involvement)))
        .filteredOn(d -> d.getKind() == DocumentKind.CRISIS_PLAN).as("the new plan is a new document; the old kept")
        .extracting(PersonDocument::getSourceId).containsExactly(made.get(0).getId(), made.get(1).getId());
  }

  @Test
  void whenTheCrisisIsOverEarlyThePlanIsReviewedNowAndAnotherLetsTalk2CanFollow() {
    ProcessInstance involvement = crisis("Abel");
    ProcessInstance lt2 = calledProcessInstance("lets-talk-2", involvement);
    complete("practitioner", lt2, "Task_HoldLetsTalk2", letsTalk2(21));

    complete("practitioner", lt2, "Task_CrisisPlanUnderWay",
        Map.of("planDecision", "REVIEW_NOW", "planDecisionReason", "Family have moved in for the winter"));
    assertThat(lt2).isWaitingAt("Task_ReviewCrisisPlan");
    complete("practitioner", lt2, "Task_ReviewCrisisPlan", review("LT2"));

    assertThat(lt2).isEnded();
    assertThat(involvement).isWaitingAt("CallActivity_LetsTalk2");
    ProcessInstance next = calledProcessInstance("lets-talk-2", involvement);
    assertThat(next.getId()).isNotEqualTo(lt2.getId());
    assertThat(task("Task_HoldLetsTalk2", next)).isAssignedTo("practitioner");
    assertThat(spends.findByPersonId(personOf(involvement))).isEmpty();
  }

  /** What {@code userId} has open in this Let's Talk 2: assigned to them or waiting in one of their groups. */
  List<String> seenBy(String userId, ProcessInstance lt2) {
    List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(g -> g.getId()).toList();
    return taskService.createTaskQuery().processInstanceId(lt2.getId()).or().taskAssignee(userId)
        .taskCandidateGroupIn(groups).endOr().orderByTaskName().asc().list().stream()
        .map(t -> t.getTaskDefinitionKey()).toList();
  }

  /** Moves the clock a day at a time, as the job executor would see it, to {@code days} after Monday 09:30. */
  void dayByDay(ProcessInstance involvement, int from, int days) {
    for (int day = from; day <= days; day++) {
      advanceTimeAndRunDueJobs(later(Duration.ofDays(day).plusMinutes(day)), involvement);
    }
  }

  @Test
  void atThePlansEndDateItsOpenCheckInsEndWithItAndNoFollowUpComesAfter() {
    ProcessInstance involvement = crisis("Bea");
    ProcessInstance lt2 = calledProcessInstance("lets-talk-2", involvement);
    complete("practitioner", lt2, "Task_HoldLetsTalk2", letsTalk2(7));
    UUID planId = UUID.fromString((String) runtime.getVariable(lt2.getId(), "crisisPlanId"));

    dayByDay(involvement, 1, 2);
    complete("practitioner", lt2, "Task_CheckIn", Map.of("checkInNotes", "Heating fixed", "planWorking", true));
    dayByDay(involvement, 3, 6);
    assertThat(seenBy("practitioner", lt2)).as("check-ins on days 4 and 6, neither done")
        .containsExactlyInAnyOrder("Task_CheckIn", "Task_CheckIn", "Task_CrisisPlanUnderWay");
    assertThat(seenBy("teammanager", lt2)).as("the day-4 check-in is overdue").containsExactly("Task_ChaseCheckIn");

    Date endDate = later(Duration.ofDays(7).plusMinutes(7));
    advanceTimeAndRunDueJobs(endDate, involvement);

    assertThat(lt2).hasPassed("Boundary_PlanEndDate").isWaitingAt("Task_ReviewCrisisPlan");
    assertThat(seenBy("practitioner", lt2)).as("only the review is left").containsExactly("Task_ReviewCrisisPlan");
    assertThat(seenBy("teammanager", lt2)).as("the follow-up ended with the plan").isEmpty();
    assertThat(checkIns.findByCrisisPlanId(planId)).extracting(CrisisCheckIn::getStatus).containsExactlyInAnyOrder(
        CrisisCheckIn.Status.DONE, CrisisCheckIn.Status.ENDED_WITH_PLAN, CrisisCheckIn.Status.ENDED_WITH_PLAN);
    assertThat(checkIns.findByCrisisPlanId(planId)).filteredOn(c -> c.getStatus() == CrisisCheckIn.Status.ENDED_WITH_PLAN)
        .allSatisfy(c -> {
          assertThat(c.getEndedAt()).isEqualTo(endDate.toInstant());
          assertThat(c.getDoneBy()).isNull();
        });

    dayByDay(involvement, 8, 12);
    assertThat(seenBy("teammanager", lt2)).as("no overdue check-in after the plan's end").isEmpty();
    assertThat(seenBy("practitioner", lt2)).containsExactly("Task_ReviewCrisisPlan");
    assertThat(instanceTree(lt2.getId()).stream().mapToLong(id -> management.createJobQuery().processInstanceId(id)
        .timers().count()).sum()).as("no timer left for the old plan").isZero();

    complete("practitioner", lt2, "Task_ReviewCrisisPlan", review("LT1"));
    assertThat(checkIns.findByCrisisPlanId(planId)).as("recorded once").hasSize(3);
  }

  @Test
  void aPlanReplacedOrReviewedEarlyEndsItsOpenCheckInsWithIt() {
    ProcessInstance involvement = crisis("Cyd");
    ProcessInstance lt2 = calledProcessInstance("lets-talk-2", involvement);
    complete("practitioner", lt2, "Task_HoldLetsTalk2", letsTalk2(21));
    UUID first = UUID.fromString((String) runtime.getVariable(lt2.getId(), "crisisPlanId"));
    dayByDay(involvement, 1, 3);
    assertThat(seenBy("teammanager", lt2)).containsExactly("Task_ChaseCheckIn");

    complete("practitioner", lt2, "Task_CrisisPlanUnderWay",
        Map.of("planDecision", "END_NOT_WORKING", "planDecisionReason", "Daughter can no longer stay"));
    assertThat(lt2).hasPassed("EndEvent_PlanEndedEarly").isWaitingAt("Task_MakeNewPlan");
    assertThat(seenBy("practitioner", lt2)).containsExactly("Task_MakeNewPlan");
    assertThat(seenBy("teammanager", lt2)).isEmpty();
    assertThat(checkIns.findByCrisisPlanId(first)).singleElement()
        .satisfies(c -> assertThat(c.getStatus()).isEqualTo(CrisisCheckIn.Status.ENDED_WITH_PLAN));

    complete("practitioner", lt2, "Task_MakeNewPlan", newPlan(14));
    UUID second = UUID.fromString((String) runtime.getVariable(lt2.getId(), "crisisPlanId"));
    assertThat(second).isNotEqualTo(first);
    dayByDay(involvement, 4, 6);
    assertThat(seenBy("practitioner", lt2)).as("the new plan's first check-in, two days after it was made")
        .containsExactlyInAnyOrder("Task_CheckIn", "Task_CrisisPlanUnderWay");

    complete("practitioner", lt2, "Task_CrisisPlanUnderWay",
        Map.of("planDecision", "REVIEW_NOW", "planDecisionReason", "Settled sooner than we thought"));
    assertThat(seenBy("practitioner", lt2)).containsExactly("Task_ReviewCrisisPlan");
    assertThat(checkIns.findByCrisisPlanId(second)).singleElement()
        .satisfies(c -> assertThat(c.getStatus()).isEqualTo(CrisisCheckIn.Status.ENDED_WITH_PLAN));
    dayByDay(involvement, 7, 9);
    assertThat(seenBy("teammanager", lt2)).isEmpty();
  }
}
