package org.letstalk.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.letstalk.FormFixtures.with;
import static org.letstalk.RefusalAssertions.assertThatRejected;
import static org.letstalk.safeguarding.SafeguardingFixtures.actions;
import static org.letstalk.safeguarding.SafeguardingFixtures.conclusion;
import static org.letstalk.safeguarding.SafeguardingFixtures.decision;
import static org.letstalk.safeguarding.SafeguardingFixtures.discussion;
import static org.letstalk.safeguarding.SafeguardingFixtures.externalConcern;
import static org.letstalk.safeguarding.SafeguardingFixtures.plan;
import static org.letstalk.safeguarding.SafeguardingFixtures.review;
import static org.letstalk.safeguarding.SafeguardingFixtures.s42Enquiry;

import org.letstalk.safeguarding.flow.RaiseSafeguardingConcern;
import org.letstalk.safeguarding.flow.SafeguardingVariables;
import java.lang.reflect.Proxy;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.letstalk.PostgresTest;
import org.letstalk.ProcessTestSupport;
import org.letstalk.safeguarding.SafeguardingConcern.RaisedIn;
import org.letstalk.validation.InputRejectedException;
import org.letstalk.team.TeamDuty;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of safeguarding-concern [T 3.11; W ¶106-109, ¶27]. */
@PostgresTest
class SafeguardingProcessTest extends ProcessTestSupport {

  static final ZoneId LONDON = ZoneId.of("Europe/London");
  static final LocalDateTime MONDAY_MORNING = LocalDateTime.of(2026, 11, 30, 9, 30);
  static final String TODAY = "2026-11-30";

  @Autowired
  org.letstalk.team.Teams teams;

  @Autowired
  SafeguardingConcernRepository concerns;

  @Autowired
  SafeguardingEnquiryRepository enquiries;

  @Autowired
  RepresentativeRepository representatives;

  @Autowired
  HistoryService history;

  @Autowired
  RaiseSafeguardingConcern raiseSafeguardingConcern;

  @BeforeEach
  void mondayMorning() {
    ClockUtil.setCurrentTime(at(MONDAY_MORNING));
  }

  static Date at(LocalDateTime time) {
    return Date.from(time.atZone(LONDON).toInstant());
  }

  ProcessInstance report(String user, Map<String, Object> form) {
    return as(user, () -> runtime.startProcessInstanceByKey("safeguarding-concern", new HashMap<>(form)));
  }

  SafeguardingConcern concern(ProcessInstance instance) {
    return concerns.findByProcessInstanceId(instance.getId()).orElseThrow();
  }

  long visibleTo(String user, Task task) {
    return as(user, () -> taskService.createTaskQuery().taskId(task.getId()).count());
  }

  @Test
  void aConcernFromOutsideGoesOnlyToTheDecisionMakersDueByTheNextWorkingDay() {
    Map<String, Object> form = externalConcern();
    ProcessInstance concern = report("frontdoor", form);

    assertThat(concern).hasPassed("StartEvent_ConcernReported", "Task_RecordConcern").isWaitingAt("Task_DecideConcern");
    Task decision = task("Task_DecideConcern", concern);
    assertThat(decision).hasCandidateGroup("senior-practitioners").hasCandidateGroup("team-managers")
        .hasCandidateGroup("safeguarding").isNotAssigned();
    assertThat(decision.getName()).isEqualTo("Safeguarding decision: " + form.get("personName"));
    assertThat(decision.getDueDate()).as("one working day: close of business on Tuesday")
        .isEqualTo(at(LocalDateTime.of(2026, 12, 1, 17, 0)));
    for (String user : new String[] {"senior", "teammanager", "safeguarding"}) {
      assertThat(visibleTo(user, decision)).as(user).isEqualTo(1);
    }
    for (String user : new String[] {"frontdoor", "practitioner", "carers", "panel", "servicemanager"}) {
      assertThat(visibleTo(user, decision)).as(user + " must not see a safeguarding decision").isZero();
    }

    SafeguardingConcern saved = concern(concern);
    assertThat(saved.getRaisedIn()).isEqualTo(RaisedIn.EXTERNAL);
    assertThat(saved.getRaisedBy()).isEqualTo("frontdoor");
    assertThat(saved.getRaisedByExternal()).startsWith("PC Jones");
    assertThat(saved.getAbuseType()).isEqualTo(AbuseType.FINANCIAL_OR_MATERIAL);
    assertThat(saved.getAllegedPersonName()).isEqualTo("Gary Smith");
    assertThat(saved.getPersonWants()).contains("her own money");
    assertThat(saved.getDecisionDueAt()).isEqualTo(decision.getDueDate().toInstant());
  }

  @Test
  void noFurtherActionIsRecordedWithItsReasonAndTheS42TablesAnswer() {
    ProcessInstance concern = report("frontdoor", externalConcern());

    complete("senior", concern, "Task_DecideConcern", decision("NO_FURTHER_ACTION", "NONE", true, true));

    assertThat(concern).isEnded().hasPassed("EndEvent_Decided", "EndEvent_NoFurtherAction")
        .hasNotPassed("Task_EnquiryDiscussion", "Task_LetsTalk2Needed", "Task_ChaseOverdueDecision");
    SafeguardingConcern saved = concern(concern);
    assertThat(saved.getRoute()).isEqualTo(ConcernRoute.NO_FURTHER_ACTION);
    assertThat(saved.getDecisionReason()).contains("NO_FURTHER_ACTION");
    assertThat(saved.getDecidedBy()).isEqualTo("senior");
    assertThat(saved.getDecidedInTime()).isTrue();
    assertThat(saved.getS42DutyApplies()).isFalse();
    assertThat(saved.getS42Explanation()).startsWith("No needs for care and support");
    assertThat(saved.getCareAndSupportNeeds()).isEqualTo(CareAndSupportNeeds.NONE);
  }

  /** Someone the front door has recorded, with no involvement running yet. */
  String personAtTheFrontDoor() {
    ProcessInstance contact = startContact("frontdoor", Map.of("givenName", "Edna",
        "familyName", "Test" + Long.toString(System.nanoTime(), 36), "routeOfAccess", "SELF",
        "contactMethod", "PHONE", "presentingNeed", "Money worries", "consentToShare", true));
    return (String) runtime.getVariable(contact.getId(), "personId");
  }

  @Test
  void notS42ButHandledThroughALetsTalk2StartsTheInvolvementWithACrisisConversation() {
    String personId = personAtTheFrontDoor();
    Map<String, Object> form = with(externalConcern(), "personId", personId);
    // A practitioner in one team, North locality; a worker in several would leave their team to the role's queue.
    ProcessInstance concern = report("practitioner", form);

    complete("teammanager", concern, "Task_DecideConcern", decision("LETS_TALK_2", "MET_BY_COUNCIL", true, false));

    assertThat(concern).isEnded().hasPassed("Event_StartOrJoinInvolvement", "EndEvent_HandledThroughLetsTalk2");
    ProcessInstance involvement = runtime.createProcessInstanceQuery().processDefinitionKey("involvement")
        .processInstanceBusinessKey(personId).singleResult();
    assertThat(involvement).isWaitingAt("CallActivity_LetsTalk2");
    ProcessInstance letsTalk2 = calledProcessInstance("lets-talk-2", involvement);
    Task crisis = task("Task_HoldLetsTalk2", letsTalk2);
    assertThat(crisis).as("the practitioner who raised it").isAssignedTo("practitioner");
    assertThat(taskService.getIdentityLinksForTask(crisis.getId())).extracting(IdentityLink::getGroupId)
        .as("their team sees it too").contains("team-north-locality-demo");
    assertThat(crisis.getName()).isEqualTo("Let's Talk 2 (crisis): " + form.get("personName"));
    assertThat(runtime.getVariable(involvement.getId(), "presentingNeed")).asString()
        .startsWith("Safeguarding decision, handled through a Let's Talk 2: Spoke to Edna");
    SafeguardingConcern saved = concern(concern);
    assertThat(saved.getRoute()).isEqualTo(ConcernRoute.LETS_TALK_2);
    assertThat(saved.getS42DutyApplies()).isFalse();
    assertThat(saved.getS42Explanation()).startsWith("Able to protect themselves");
  }

  @Test
  void aLetsTalk2NeedsAKnownPersonAndAConcernReportedByTheSafeguardingTeamGoesToTheCouncilsDefaultTeam() {
    ProcessInstance unknown = report("safeguarding", externalConcern());
    assertThatRejected(() -> complete("teammanager", unknown, "Task_DecideConcern",
        decision("LETS_TALK_2", "MET_BY_COUNCIL", true, false)))
        .isInstanceOf(InputRejectedException.class).hasMessageStartingWith("route: a Let's Talk 2 is held in the");
    assertThat(unknown).isWaitingAt("Task_DecideConcern");
    assertThat(concern(unknown).getRoute()).as("nothing stored").isNull();

    String personId = personAtTheFrontDoor();
    ProcessInstance concern = report("safeguarding", with(externalConcern(), "personId", personId));
    complete("teammanager", concern, "Task_DecideConcern", decision("LETS_TALK_2", "MET_BY_COUNCIL", true, false));
    ProcessInstance involvement = runtime.createProcessInstanceQuery().processDefinitionKey("involvement")
        .processInstanceBusinessKey(personId).singleResult();
    ProcessInstance letsTalk2 = calledProcessInstance("lets-talk-2", involvement);
    Task crisis = task("Task_HoldLetsTalk2", letsTalk2);
    assertThat(crisis).isNotAssigned();
    assertThat(taskService.getIdentityLinksForTask(crisis.getId())).extracting(link -> link.getGroupId())
        .as("a person with no case yet: the council's default team, not every practitioner")
        .containsExactly(teams.withDuty(TeamDuty.DEFAULT_TEAM).orElseThrow().getGroupId());
  }

  @Test
  void aMissedDeadlineEscalatesToTheTeamManagerAndSafeguardingWithoutTakingTheDecisionAway() {
    ProcessInstance concern = report("frontdoor", externalConcern());

    advanceTimeAndRunDueJobs(at(LocalDateTime.of(2026, 12, 1, 16, 59)), concern);
    assertThat(concern).isWaitingAt("Task_DecideConcern").isNotWaitingAt("Task_ChaseOverdueDecision");

    advanceTimeAndRunDueJobs(at(LocalDateTime.of(2026, 12, 1, 17, 1)), concern);
    assertThat(concern).isWaitingAt("Task_DecideConcern", "Task_ChaseOverdueDecision");
    Task chase = task("Task_ChaseOverdueDecision", concern);
    assertThat(chase).hasCandidateGroup("team-managers").hasCandidateGroup("safeguarding");
    assertThat(visibleTo("senior", chase)).isZero();
    assertThat(task("Task_DecideConcern", concern).getPriority()).isEqualTo(100);
    assertThat(concern(concern).getDecisionEscalatedAt()).isNotNull();

    complete("teammanager", concern, "Task_ChaseOverdueDecision", Map.of());
    assertThat(concern).hasPassed("EndEvent_OverdueChased").isWaitingAt("Task_DecideConcern");

    complete("safeguarding", concern, "Task_DecideConcern", decision("NO_FURTHER_ACTION", "NONE", false, false));
    assertThat(concern).isEnded();
    assertThat(concern(concern).getDecidedInTime()).as("recorded as late").isFalse();
  }

  @Test
  void aDecisionMadeAfterTheEscalationWithdrawsTheOpenEscalation() {
    ProcessInstance concern = report("frontdoor", externalConcern());
    advanceTimeAndRunDueJobs(at(LocalDateTime.of(2026, 12, 2, 9, 0)), concern);
    assertThat(concern).isWaitingAt("Task_ChaseOverdueDecision");

    complete("teammanager", concern, "Task_DecideConcern", decision("NO_FURTHER_ACTION", "NONE", false, false));

    assertThat(concern).isEnded().hasNotPassed("EndEvent_OverdueChased");
    assertThat(taskService.createTaskQuery().processInstanceId(concern.getId()).count()).isZero();
  }

  /**
   * Trafford's guidance names "self-neglect, hoarding, failure to gain access ... and there are concerns for
   * the person's welfare" as presenting needs that require urgent action [T 2.33, 2.43, 4.25] and sends them to
   * the multi-agency safeguarding policy on self-neglect and hoarding [T 2.56]. At the front door the contact
   * carries on while the concern is decided and enquired into.
   */
  @Test
  void traffordSelfNeglectAndHoardingWithFailureToGainAccessAtTheFrontDoor() {
    Map<String, Object> contactForm = new HashMap<>();
    contactForm.put("givenName", "Walter");
    contactForm.put("familyName", "Test" + Long.toString(System.nanoTime(), 36));
    contactForm.put("dateOfBirth", "1941-06-12");
    contactForm.put("postcode", "M32 0XX");
    contactForm.put("routeOfAccess", "PROFESSIONAL");
    contactForm.put("contactName", "Housing officer, Trafford housing association");
    contactForm.put("contactMethod", "PHONE");
    contactForm.put("presentingNeed", "Rent arrears; no reply at the door for two weeks");
    contactForm.put("consentToShare", false);
    contactForm.put("safeguardingConcern", true);
    contactForm.put("safeguardingDetail", "Failure to gain access for two weeks. Through the window the rooms are "
        + "filled to the ceiling, there is a smell of rotting food and post is piling up. Neighbours have not seen him.");
    ProcessInstance contact = startContact("frontdoor", contactForm);

    assertThat(contact).hasPassed("Event_RaiseSafeguardingConcern").isWaitingAt("Task_DecideContactOutcome");
    SafeguardingConcern raised = concerns.findByRaisedInProcessInstanceId(contact.getId()).get(0);
    ProcessInstance concern = runtime.createProcessInstanceQuery().processInstanceId(raised.getProcessInstanceId())
        .singleResult();
    assertThat(concern).hasPassed("StartEvent_ConcernRaisedInProcess").isWaitingAt("Task_DecideConcern");
    assertThat(raised.getRaisedIn()).isEqualTo(RaisedIn.PROCESS);
    assertThat(raised.getRaisedInProcessKey()).isEqualTo("new-contact");
    assertThat(raised.getRaisedInContactId().toString()).isEqualTo(runtime.getVariable(contact.getId(), "contactId"));
    assertThat(raised.getRaisedBy()).isEqualTo("frontdoor");
    assertThat(raised.getDescription()).startsWith("Failure to gain access");
    assertThat(runtime.getVariable(contact.getId(), SafeguardingVariables.CONCERN_PROCESS_INSTANCE_ID))
        .isEqualTo(concern.getId());

    complete("senior", concern, "Task_DecideConcern", with(
        decision("S42_ENQUIRY", "NOT_MET_BY_COUNCIL", true, true),
        "abuseType", "SELF_NEGLECT", "capacity", "NOT_YET_ASSESSED",
        "decisionReason", "Self-neglect and hoarding with no access and welfare concerns: s42 enquiry and a "
            + "welfare visit today under the self-neglect and hoarding policy"));
    SafeguardingConcern decided = concern(concern);
    assertThat(decided.getS42DutyApplies()).as("needs not met by the council still count").isTrue();
    assertThat(decided.getAbuseType()).isEqualTo(AbuseType.SELF_NEGLECT);
    assertThat(decided.getPersonId()).as("linked to the person the contact found")
        .hasToString((String) runtime.getVariable(contact.getId(), "personId"));
    assertThat(concern).isWaitingAt("Task_EnquiryDiscussion");
    Task discussionTask = task("Task_EnquiryDiscussion", concern);
    assertThat(discussionTask).hasCandidateGroup("safeguarding");
    assertThat(visibleTo("senior", discussionTask)).isZero();

    complete("safeguarding", concern, "Task_EnquiryDiscussion", with(discussion(TODAY),
        "meetingNotes", "Police and fire service to gain entry with the housing officer this afternoon",
        "outcomesPersonWants", "To stay in his home and keep his things; not to be moved into a care home",
        "representativeRole", "APPROPRIATE_INDIVIDUAL", "representativeName", "June Test",
        "representativeRelationship", "Sister", "allegedPersonName", null));
    complete("safeguarding", concern, "Task_EnquiryActions", Map.of(
        "enquiryActionsTaken", "Entry gained with police; GP visit; fire service safety check",
        "enquiryFindings", "Walter was unwell but has capacity to decide where to live; fire risk from hoarding"));
    complete("safeguarding", concern, "Task_ProtectionPlan", plan("2026-12-14"));
    assertThat(task("Task_ReviewProtectionPlan", concern).getDueDate())
        .isEqualTo(at(LocalDateTime.of(2026, 12, 14, 17, 0)));

    ClockUtil.setCurrentTime(at(LocalDateTime.of(2026, 12, 14, 10, 0)));
    complete("safeguarding", concern, "Task_ReviewProtectionPlan", review("CONTINUE_PLAN", "2026-12-28"));
    assertThat(concern).isWaitingAt("Task_ReviewProtectionPlan");
    assertThat(task("Task_ReviewProtectionPlan", concern).getDueDate())
        .isEqualTo(at(LocalDateTime.of(2026, 12, 28, 17, 0)));
    ClockUtil.setCurrentTime(at(LocalDateTime.of(2026, 12, 28, 10, 0)));
    complete("safeguarding", concern, "Task_ReviewProtectionPlan", review("CONCLUDE_ENQUIRY", null));
    complete("safeguarding", concern, "Task_ConcludeEnquiry", conclusion());

    assertThat(concern).isEnded().hasPassed("Task_RecordEnquiryDiscussion", "Task_RecordEnquiryActions",
        "Task_RecordProtectionPlan", "Task_RecordPlanReview", "Task_RecordConclusion", "EndEvent_EnquiryConcluded");
    SafeguardingEnquiry enquiry = enquiries.findByConcernId(decided.getId()).orElseThrow();
    assertThat(enquiry.getMeetingKind()).isEqualTo(MeetingKind.STRATEGY_MEETING);
    assertThat(enquiry.getOutcomesPersonWants()).contains("stay in his home");
    assertThat(enquiry.getPlanReviews()).isEqualTo(2);
    assertThat(enquiry.getMspOutcome()).isEqualTo(MspOutcome.PARTLY);
    assertThat(enquiry.getRiskOutcome()).isEqualTo(RiskOutcome.REDUCED);
    assertThat(enquiry.getConcludedBy()).isEqualTo("safeguarding");
    assertThat(representatives.findByConcernId(decided.getId())).singleElement()
        .satisfies(r -> assertThat(r.getName()).isEqualTo("June Test"));

    complete("frontdoor", contact, "Task_DecideContactOutcome", Map.of("outcome", "INFORMATION_AND_ADVICE",
        "outcomeReason", "Safeguarding enquiry under way", "informationGiven", "Housing officer told of the enquiry"));
    assertThat(contact).isEnded();
  }

  @Test
  void aConcernRaisedBeforeTheFrontDoorIsSureWhoThePersonIsIsLinkedOnceItIs() {
    Map<String, Object> first = new HashMap<>(Map.of("givenName", "Mabel",
        "familyName", "Test" + Long.toString(System.nanoTime(), 36), "dateOfBirth", "1938-01-20",
        "postcode", "M33 7XX", "routeOfAccess", "SELF", "contactMethod", "PHONE",
        "presentingNeed", "Lonely since her husband died", "consentToShare", true));
    ProcessInstance earlier = startContact("frontdoor", first);
    Map<String, Object> second = with(first, "postcode", "M1 1AE", "safeguardingConcern", true,
        "safeguardingDetail", "Carer says Mabel's son shouts at her and takes her bank card");
    ProcessInstance contact = startContact("frontdoor", second);
    assertThat(contact).isWaitingAt("Task_ConfirmPersonMatch");
    SafeguardingConcern raised = concerns.findByRaisedInProcessInstanceId(contact.getId()).get(0);
    assertThat(raised.getPersonId()).as("nobody is linked before a human confirms the match").isNull();

    complete("frontdoor", contact, "Task_ConfirmPersonMatch",
        Map.of("matchConfirmed", true, "matchDecisionReason", "Moved in with her son in October"));
    ProcessInstance concern = runtime.createProcessInstanceQuery().processInstanceId(raised.getProcessInstanceId())
        .singleResult();
    complete("teammanager", concern, "Task_DecideConcern", s42Enquiry());

    assertThat(concern(concern).getPersonId()).hasToString((String) runtime.getVariable(earlier.getId(), "personId"));
  }

  @Test
  void aRetriedRaisingStepDoesNotRaiseTheConcernTwice() {
    ProcessInstance contact = startContact("frontdoor", Map.of("givenName", "Retry",
        "familyName", "Test" + Long.toString(System.nanoTime(), 36), "routeOfAccess", "SELF",
        "contactMethod", "PHONE", "presentingNeed", "Falls", "consentToShare", true,
        "safeguardingConcern", true, "safeguardingDetail", "Bruises nobody explains"));
    String raisingStep = history.createHistoricActivityInstanceQuery().processInstanceId(contact.getId())
        .activityId("Event_RaiseSafeguardingConcern").singleResult().getId();
    DelegateExecution retry = (DelegateExecution) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {DelegateExecution.class}, (proxy, method, args) -> switch (method.getName()) {
          case "getProcessInstanceId" -> contact.getId();
          case "getActivityInstanceId" -> raisingStep;
          default -> throw new UnsupportedOperationException(method.getName());
        });

    raiseSafeguardingConcern.execute(retry);

    assertThat(concerns.findByRaisedInProcessInstanceId(contact.getId())).hasSize(1);
  }

  @Test
  void aConcernWithNoDescriptionIsRefusedAndNothingIsStored() {
    long before = concerns.count();
    assertThatRejected(() -> report("frontdoor", with(externalConcern(), "concernDescription", "  ")))
        .isInstanceOf(InputRejectedException.class).hasMessageStartingWith("concernDescription:");
    assertThat(concerns.count()).isEqualTo(before);
  }

  @Test
  void anUnknownAbuseTypeIsRefusedAndNothingIsStored() {
    long before = concerns.count();
    assertThatRejected(() -> report("frontdoor", with(externalConcern(), "abuseType", "BULLYING")))
        .isInstanceOf(InputRejectedException.class).hasMessageStartingWith("abuseType:");
    assertThat(concerns.count()).isEqualTo(before);
  }

  @Test
  void immediateDangerNeedsTheEmergencyActionTaken() {
    long before = concerns.count();
    assertThatRejected(() -> report("frontdoor", with(externalConcern(), "immediateDanger", true)))
        .isInstanceOf(InputRejectedException.class).hasMessageStartingWith("emergencyActionTaken:");
    assertThat(concerns.count()).isEqualTo(before);

    ProcessInstance concern = report("frontdoor", with(externalConcern(), "immediateDanger", true,
        "emergencyActionTaken", "999 called; police attended and Edna is with her daughter tonight"));
    assertThat(concern(concern).getEmergencyAction()).startsWith("999 called");
    assertThat(task("Task_DecideConcern", concern).getPriority()).isEqualTo(90);
  }

  @Test
  void aDecisionWithNoReasonIsRefusedAndTheTaskStaysOpen() {
    ProcessInstance concern = report("frontdoor", externalConcern());

    assertThatRejected(() -> complete("senior", concern, "Task_DecideConcern",
        with(s42Enquiry(), "decisionReason", null)))
        .isInstanceOf(InputRejectedException.class).hasMessageStartingWith("decisionReason:");
    assertThatRejected(() -> complete("senior", concern, "Task_DecideConcern", with(s42Enquiry(), "route", "WAIT")))
        .isInstanceOf(InputRejectedException.class).hasMessageStartingWith("route:");

    assertThat(concern).isWaitingAt("Task_DecideConcern");
    assertThat(concern(concern).getRoute()).isNull();
  }

  @Test
  void whoeverRaisedAConcernCannotDecideIt() {
    ProcessInstance concern = report("senior", externalConcern());

    assertThatRejected(() -> complete("senior", concern, "Task_DecideConcern", s42Enquiry()))
        .isInstanceOf(InputRejectedException.class).hasMessageStartingWith("route:");
    assertThat(concern).isWaitingAt("Task_DecideConcern");
  }

  @Test
  void thePersonAllegedToBeResponsibleCanNeverBeTheAdvocate() {
    ProcessInstance concern = report("frontdoor", externalConcern());
    complete("senior", concern, "Task_DecideConcern", s42Enquiry());

    assertThatRejected(() -> complete("safeguarding", concern, "Task_EnquiryDiscussion",
        with(discussion(TODAY), "representativeName", " gary  SMITH.", "representativeRelationship", "Nephew")))
        .isInstanceOf(InputRejectedException.class).hasMessageStartingWith("representativeName:")
        .hasMessageContaining("never represent or advocate for the person");  // [W ¶27]

    assertThat(concern).isWaitingAt("Task_EnquiryDiscussion");
    UUID concernId = concern(concern).getId();
    assertThat(enquiries.findByConcernId(concernId)).isEmpty();
    assertThat(representatives.findByConcernId(concernId)).isEmpty();
  }

  @Test
  void theAllegedPersonIsRecognisedByTheirFirstNameAndRelationshipNotOnlyByTheirFullName() {
    ProcessInstance concern = report("frontdoor", externalConcern());
    complete("senior", concern, "Task_DecideConcern", s42Enquiry());

    assertThatRejected(() -> complete("safeguarding", concern, "Task_EnquiryDiscussion",
        with(discussion(TODAY), "representativeRole", "APPROPRIATE_INDIVIDUAL", "representativeName", "Gary",
            "representativeRelationship", "nephew")))
        .isInstanceOf(InputRejectedException.class).hasMessageStartingWith("representativeName:");  // [W ¶27]
    assertThat(enquiries.findByConcernId(concern(concern).getId())).isEmpty();

    complete("safeguarding", concern, "Task_EnquiryDiscussion", with(discussion(TODAY),
        "representativeRole", "APPROPRIATE_INDIVIDUAL", "representativeName", "Gary", "representativeRelationship",
        "Neighbour"));
    assertThat(representatives.findByConcernId(concern(concern).getId())).singleElement()
        .satisfies(r -> assertThat(r.getName()).as("another Gary, a neighbour, may represent her").isEqualTo("Gary"));
  }

  @Test
  void aConclusionWithoutTheMakingSafeguardingPersonalOutcomeIsRefused() {
    ProcessInstance concern = report("frontdoor", externalConcern());
    complete("senior", concern, "Task_DecideConcern", s42Enquiry());
    complete("safeguarding", concern, "Task_EnquiryDiscussion", discussion(TODAY));
    complete("safeguarding", concern, "Task_EnquiryActions", actions());
    complete("safeguarding", concern, "Task_ProtectionPlan", plan("2026-12-14"));
    complete("safeguarding", concern, "Task_ReviewProtectionPlan", review("CONCLUDE_ENQUIRY", null));

    assertThatRejected(() -> complete("safeguarding", concern, "Task_ConcludeEnquiry",
        with(conclusion(), "mspOutcome", null)))
        .isInstanceOf(InputRejectedException.class).hasMessageStartingWith("mspOutcome:");

    assertThat(concern).isWaitingAt("Task_ConcludeEnquiry");
    assertThat(enquiries.findByConcernId(concern(concern).getId()).orElseThrow().getConcludedAt()).isNull();
    assertThat(representatives.findByConcernId(concern(concern).getId())).singleElement()
        .satisfies(r -> assertThat(r.getRole()).isEqualTo(RepresentativeRole.INDEPENDENT_ADVOCATE));
  }

  @Test
  void aProtectionPlanMustNotDrift() {
    ProcessInstance concern = report("frontdoor", externalConcern());
    complete("senior", concern, "Task_DecideConcern", s42Enquiry());
    complete("safeguarding", concern, "Task_EnquiryDiscussion", discussion(TODAY));
    complete("safeguarding", concern, "Task_EnquiryActions", actions());

    assertThatRejected(() -> complete("safeguarding", concern, "Task_ProtectionPlan", plan("2027-09-01")))
        .isInstanceOf(InputRejectedException.class).hasMessageStartingWith("planReviewDueOn:");
    assertThat(concern).isWaitingAt("Task_ProtectionPlan");
  }
}
