package org.letstalk.longtermsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.letstalk.FormFixtures.with;
import static org.letstalk.RefusalAssertions.assertThatRejected;
import static org.letstalk.longtermsupport.LetsTalk3Fixtures.analysis;
import static org.letstalk.longtermsupport.LetsTalk3Fixtures.plan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.Test;
import org.letstalk.PostgresTest;
import org.letstalk.conversation.Participation;
import org.letstalk.document.DocumentKind;
import org.letstalk.document.DocumentTexts;
import org.letstalk.document.PersonDocument;
import org.letstalk.document.PersonDocumentRepository;
import org.letstalk.eligibility.CareActOutcome;
import org.letstalk.involvement.InvolvementRepository;
import org.letstalk.involvement.Involvement;
import org.letstalk.involvement.InvolvementStage;
import org.letstalk.involvement.InvolvementStatus;
import org.letstalk.plan.Delivery;
import org.letstalk.plan.PlanStatus;
import org.letstalk.plan.PlanType;
import org.letstalk.plan.SupportPlan;
import org.letstalk.plan.SupportPlanItem;
import org.letstalk.plan.SupportPlans;
import org.letstalk.validation.InputRejectedException;
import org.springframework.beans.factory.annotation.Autowired;

@PostgresTest
class LetsTalk3ProcessTest extends LetsTalk3TestSupport {

  @Autowired
  LetsTalk3Repository records;

  @Autowired
  SupportPlans plans;

  @Autowired
  InvolvementRepository involvements;

  @Autowired
  PersonDocumentRepository documents;

  // ---- the way in ------------------------------------------------------------------------------------------

  @Test
  void afterALetsTalk1TheLetsTalk3BeginsAtOnceWithThePractitionerWhoHeldIt() {
    ProcessInstance involvement = involvementAfterLetsTalk1("Abe");
    ProcessInstance lt3 = letsTalk3Of(involvement);

    assertThat(lt3).isWaitingAt("Task_HoldLetsTalk3").hasNotPassed("Task_JustifyOmission");
    assertThat(task("Task_HoldLetsTalk3", lt3)).isAssignedTo("practitioner2");
    assertThat(task("Task_HoldLetsTalk3", lt3).getName()).startsWith("Let's Talk 3: Abe Conv");
    assertThat(records.findByProcessInstanceId(lt3.getId()).orElseThrow().isEarlierConversationHeld()).isTrue();
  }

  @Test
  void withoutAnEarlierConversationATeamManagerMustApproveTheOmissionFirst() {
    ProcessInstance lt3 = letsTalk3WithoutEarlierConversation("Bea");
    assertThat(lt3).isWaitingAt("Task_JustifyOmission");
    assertThatRejected(() -> complete("practitioner2", lt3, "Task_JustifyOmission", Map.of("omissionReason", " ")))
        .isInstanceOfSatisfying(InputRejectedException.class,
            e -> assertThat(e.getField()).isEqualTo("omissionReason"));

    complete("practitioner2", lt3, "Task_JustifyOmission",
        Map.of("omissionReason", "Known to us for years; the plan ended only because she moved away"));
    ProcessInstance authorisation = calledProcessInstance("funding-authorisation", lt3);
    assertThat(taskService.getIdentityLinksForTask(task("Task_DecideAuthorisation", authorisation).getId()))
        .extracting(IdentityLink::getGroupId).as("the managers of South locality, the case's team")
        .containsExactly("team-south-locality-demo-managers");
    decideAuthorisation("teammanager", authorisation, "RETURNED", "Say what changed since she moved");

    assertThat(lt3).isWaitingAt("Task_JustifyOmission").hasPassed("Gateway_OmissionDecision");
    complete("practitioner2", lt3, "Task_JustifyOmission",
        Map.of("omissionReason", "Same needs as before she moved; her old plan worked and she asks for it again"));
    approveAuthorisation("teammanager", calledProcessInstance("funding-authorisation", lt3));

    assertThat(lt3).isWaitingAt("Task_HoldLetsTalk3").hasPassed("Gateway_MayBegin");
    assertThat(records.findByProcessInstanceId(lt3.getId()).orElseThrow().getOmissionReason())
        .startsWith("Same needs");
  }

  @Test
  void aDeclinedOmissionSendsThePersonBackToLetsTalk1() {
    ProcessInstance lt3 = letsTalk3WithoutEarlierConversation("Cas");
    complete("practitioner2", lt3, "Task_JustifyOmission", Map.of("omissionReason", "He asked for a care home"));
    decideAuthorisation("teammanager", calledProcessInstance("funding-authorisation", lt3), "DECLINED",
        "Talk to him about what he wants first");

    assertThat(lt3).isEnded().hasPassed("Task_ConcludeNotBegun", "EndEvent_NotBegun");
    LetsTalk3 record = records.findByProcessInstanceId(lt3.getId()).orElseThrow();
    assertThat(record.getOutcome()).isEqualTo(LetsTalk3Outcome.LT1);
    assertThat(record.getOutcomeRationale()).contains("Talk to him about what he wants first");
  }

  // ---- eligible: the plan ----------------------------------------------------------------------------------

  @Test
  void anEligiblePersonsPlanIsFundedMadeActiveAndTheInvolvementMovesToLongTermSupport() {
    ProcessInstance involvement = involvementAfterLetsTalk1("Dot");
    ProcessInstance lt3 = letsTalk3Of(involvement);
    complete("practitioner2", lt3, "Task_HoldLetsTalk3",
        with(analysis(), "chcToBeConsidered", true, "chcReason", "Unstable epilepsy, nursing needs at night",
            "dolsRisk", true));

    assertThat(lt3).isWaitingAt("Task_AssessEligibility", "Task_ReferForContinuingHealthCare",
        "Task_ConsiderDeprivationOfLiberty");
    assertThat(taskService.getIdentityLinksForTask(task("Task_ConsiderDeprivationOfLiberty", lt3).getId()))
        .extracting(IdentityLink::getGroupId).containsExactly("safeguarding");
    assertThat(taskService.getVariable(task("Task_AssessEligibility", lt3).getId(), "eligibilityRuleSet"))
        .isEqualTo("ENGLAND");
    complete("practitioner2", lt3, "Task_AssessEligibility", eligibleAnswers());
    complete("practitioner2", lt3, "Task_FinancialAssessment",
        Map.of("financialOutcome", "WEEKLY_CONTRIBUTION", "weeklyContribution", 25.5));
    complete("practitioner2", lt3, "Task_WriteSupportPlan", plan());

    LetsTalk3 record = records.findByProcessInstanceId(lt3.getId()).orElseThrow();
    SupportPlan draft = plans.get(record.getSupportPlanId());
    assertThat(draft.getStatus()).isEqualTo(PlanStatus.DRAFT);
    assertThat(draft.getWeeklyCost()).isEqualByComparingTo("180.00");
    assertThat(draft.getDelivery()).isEqualTo(Delivery.DIRECT_PAYMENT);
    assertThat(plans.lines(draft.getId())).extracting(SupportPlanItem::getOutcome)
        .containsExactly("Washed and dressed each morning", "Out to the allotment twice a week");
    assertThat(record.getPersonalBudget()).isEqualByComparingTo("185");
    assertThat(record.getWeeklyContribution()).isEqualByComparingTo("25.50");
    assertThat(record.getEligibilityDeterminationId()).isNotNull();

    // The referrals run alongside: the plan does not wait for them.
    ProcessInstance authorisation = calledProcessInstance("funding-authorisation", lt3);
    assertThatThrownBy(() -> approveAuthorisation("practitioner2", authorisation));
    approveAuthorisation("teammanager", authorisation);

    SupportPlan active = plans.get(draft.getId());
    assertThat(active.getStatus()).isEqualTo(PlanStatus.ACTIVE);
    assertThat(active.getReviewProcessInstanceId()).isNotNull();
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(active.getReviewProcessInstanceId())
        .singleResult()).isNotNull();
    assertThat(lt3).hasPassed("Task_ActivateSupportPlan", "EndEvent_LongTermSupport")
        .isWaitingAt("Task_ReferForContinuingHealthCare", "Task_ConsiderDeprivationOfLiberty");

    complete("practitioner2", lt3, "Task_ReferForContinuingHealthCare",
        Map.of("chcReferral", "Referred to the ICB CHC team on Monday"));
    complete("safeguarding", lt3, "Task_ConsiderDeprivationOfLiberty",
        Map.of("dolsAction", "Capacity assessment about the locked door requested"));
    assertThat(lt3).isEnded().hasPassed("EndEvent_ChcReferred", "EndEvent_DolsConsidered");
    assertThat(involvement).isEnded().hasPassed("Task_BeginLongTermSupport", "EndEvent_LongTermSupport");
    Involvement theCase = involvements.findByProcessInstanceId(involvement.getId()).orElseThrow();
    assertThat(theCase.getStatus()).as("the case stays open through long-term support")
        .isEqualTo(InvolvementStatus.OPEN);
    assertThat(theCase.getStage()).isEqualTo(InvolvementStage.LONG_TERM_SUPPORT);
    assertThat(theCase.getCurrentProcessInstanceId()).as("no episode under way").isNull();
    assertThat(records.findByProcessInstanceId(lt3.getId()).orElseThrow().getOutcome())
        .isEqualTo(LetsTalk3Outcome.LONG_TERM_SUPPORT);
  }

  @Test
  void aReturnedOrDeclinedPlanGoesBackToThePractitionerToRevise() {
    ProcessInstance lt3 = eligibleAndAssessed("Eli");
    complete("practitioner2", lt3, "Task_WriteSupportPlan", plan());
    UUID planId = records.findByProcessInstanceId(lt3.getId()).orElseThrow().getSupportPlanId();
    decideAuthorisation("teammanager", calledProcessInstance("funding-authorisation", lt3), "RETURNED",
        "Could the allotment club give lifts?");

    assertThat(lt3).isWaitingAt("Task_WriteSupportPlan").hasNotPassed("Task_ActivateSupportPlan");
    assertThat(taskService.getVariable(task("Task_WriteSupportPlan", lt3).getId(), "authorisationReason"))
        .isEqualTo("Could the allotment club give lifts?");
    complete("practitioner2", lt3, "Task_WriteSupportPlan", with(plan(), "item2_weeklyCost", 0));
    decideAuthorisation("teammanager", calledProcessInstance("funding-authorisation", lt3), "DECLINED",
        "Too little on the mornings");
    assertThat(lt3).isWaitingAt("Task_WriteSupportPlan");
    complete("practitioner2", lt3, "Task_WriteSupportPlan",
        with(plan(), "item1_weeklyCost", 150, "item2_weeklyCost", 0));
    approveAuthorisation("teammanager", calledProcessInstance("funding-authorisation", lt3));

    assertThat(lt3).isEnded().hasPassed("EndEvent_LongTermSupport");
    assertThat(records.findByProcessInstanceId(lt3.getId()).orElseThrow().getSupportPlanId()).isEqualTo(planId);
    assertThat(plans.get(planId).getWeeklyCost()).isEqualByComparingTo("150");
    assertThat(plans.lines(planId)).hasSize(2);
    assertThat(plans.get(planId).getStatus()).isEqualTo(PlanStatus.ACTIVE);
  }

  // ---- not eligible ----------------------------------------------------------------------------------------

  @Test
  void needsThatAreNotEligibleGetAWrittenDecisionAndGoBackToLetsTalk1() {
    ProcessInstance involvement = involvementAfterLetsTalk1("Fay");
    ProcessInstance lt3 = letsTalk3Of(involvement);
    complete("practitioner2", lt3, "Task_HoldLetsTalk3", analysis());
    complete("practitioner2", lt3, "Task_AssessEligibility", notEligibleAnswers());

    assertThat(lt3).isWaitingAt("Task_WriteNotEligibleDecision").hasNotPassed("Task_ReferForContinuingHealthCare");
    String prefilled = (String) taskService.getVariable(task("Task_WriteNotEligibleDecision", lt3).getId(),
        "eligibilityDecision");
    assertThat(prefilled).contains("Not eligible");
    Map<String, Object> decision = notEligibleDecision(prefilled, "LT1");
    assertThatRejected(() -> complete("practitioner2", lt3, "Task_WriteNotEligibleDecision",
        with(decision, "rightToChallengeExplained", false)))
        .isInstanceOfSatisfying(InputRejectedException.class,
            e -> assertThat(e.getField()).isEqualTo("rightToChallengeExplained"));
    assertThatRejected(() -> complete("practitioner2", lt3, "Task_WriteNotEligibleDecision",
        with(decision, "nextStep", "LONG_TERM_SUPPORT")))
        .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.getField()).isEqualTo("nextStep"));
    assertThat(records.findByProcessInstanceId(lt3.getId()).orElseThrow().getWrittenDecision()).isNull();

    complete("practitioner2", lt3, "Task_WriteNotEligibleDecision", decision);

    assertThat(lt3).isEnded().hasPassed("EndEvent_NotEligible");
    LetsTalk3 record = records.findByProcessInstanceId(lt3.getId()).orElseThrow();
    assertThat(record.getWrittenDecision()).isEqualTo(prefilled);
    assertThat(record.getInformationAndAdvice()).contains("befriending");
    assertThat(involvement).hasPassed("Gateway_AfterLetsTalk3").isWaitingAt("CallActivity_LetsTalk1");
  }

  @Test
  void needsThatAreNotEligibleCanCloseTheInvolvement() {
    ProcessInstance involvement = involvementAfterLetsTalk1("Gil");
    ProcessInstance lt3 = letsTalk3Of(involvement);
    complete("practitioner2", lt3, "Task_HoldLetsTalk3", analysis());
    complete("practitioner2", lt3, "Task_AssessEligibility", notEligibleAnswers());
    complete("practitioner2", lt3, "Task_WriteNotEligibleDecision",
        notEligibleDecision("Not eligible: he manages every outcome with his wife's help", "CLOSE"));

    assertThat(involvement).isEnded().hasPassed("Task_CloseInvolvement", "EndEvent_Closed");
    Involvement closed = involvements.findByProcessInstanceId(involvement.getId()).orElseThrow();
    assertThat(closed.getStatus()).isEqualTo(InvolvementStatus.CLOSED);
    List<PersonDocument> given = documents.findByPersonIdOrderByMadeAtAsc(closed.getPersonId());
    assertThat(given).extracting(PersonDocument::getKind).containsExactly(DocumentKind.LETS_TALK_1_RECORD,
        DocumentKind.LETS_TALK_3_RECORD, DocumentKind.ELIGIBILITY_DETERMINATION, DocumentKind.CLOSURE_LETTER);
    assertThat(DocumentTexts.of(given.get(1).getContent())).contains("Our conversation about your longer-term",
        "What a good life looks like for you", "send you our decision in writing");
    assertThat(given.get(3).getMadeBy()).as("the closure follows the practitioner's decision, no manager's")
        .isEqualTo("practitioner2");
  }

  // A residential placement is reachable from the plan, so the authorisation-level table's residential row (a
  // rule of the council's own, docs/sources.md) sends it to the funding panel whatever its weekly cost.
  @Test
  void aResidentialPlacementIsAResidentialPlanThatTheFundingPanelAuthorises() {
    ProcessInstance lt3 = eligibleAndAssessed("Rose");
    complete("practitioner2", lt3, "Task_WriteSupportPlan", with(plan(), "residentialPlacement", true));

    SupportPlan draft = plans.get(records.findByProcessInstanceId(lt3.getId()).orElseThrow().getSupportPlanId());
    assertThat(draft.getPlanType()).isEqualTo(PlanType.RESIDENTIAL_CARE);
    ProcessInstance authorisation = calledProcessInstance("funding-authorisation", lt3);
    assertThat(taskService.getIdentityLinksForTask(task("Task_DecideAuthorisation", authorisation).getId()))
        .extracting(IdentityLink::getGroupId).containsExactly("funding-panel");
  }

  // ---- bad input -------------------------------------------------------------------------------------------

  @Test
  void anAnalysisWithoutAllThreeStrengthsOrWithoutABestInterestsDecisionIsRefused() {
    ProcessInstance lt3 = letsTalk3Of(involvementAfterLetsTalk1("Hal"));
    assertRefused(lt3, "Task_HoldLetsTalk3", with(analysis(), "strengthsNetwork", null), "strengthsNetwork");
    assertRefused(lt3, "Task_HoldLetsTalk3", with(analysis(), "capacityCare", false), "bestInterestsDecision");
    assertRefused(lt3, "Task_HoldLetsTalk3", with(analysis(), "chcToBeConsidered", true), "chcReason");
    assertRefused(lt3, "Task_HoldLetsTalk3", with(analysis(), "transport", ""), "transport");
    assertThat(records.findByProcessInstanceId(lt3.getId()).orElseThrow().getHeldBy()).isNull();
  }

  // [T App B item 7; golden rule 6]: a carer not offered a conversation of their own needs the reason; Let's Talk 3
  // asks about the carer and how the person took part [T 1.24] as Let's Talk 1 and 2 do.
  @Test
  void letsTalk3AsksHowThePersonTookPartAndWhyACarerWasNotOfferedAConversation() {
    ProcessInstance lt3 = letsTalk3Of(involvementAfterLetsTalk1("Ivy"));
    assertRefused(lt3, "Task_HoldLetsTalk3", with(analysis(), "carerNotOfferedReason", " "), "carerNotOfferedReason");
    assertRefused(lt3, "Task_HoldLetsTalk3", with(analysis(), "carerPresent", null), "carerPresent");
    assertRefused(lt3, "Task_HoldLetsTalk3", with(analysis(), "participation", null), "participation");
    assertRefused(lt3, "Task_HoldLetsTalk3", with(analysis(), "participation", "COULD_NOT_TAKE_PART",
        "participationNotes", "Too unwell after the stroke to talk for long"), "representative");
    assertThat(records.findByProcessInstanceId(lt3.getId()).orElseThrow().getHeldBy()).isNull();

    complete("practitioner2", lt3, "Task_HoldLetsTalk3", analysis());

    LetsTalk3 record = records.findByProcessInstanceId(lt3.getId()).orElseThrow();
    assertThat(record.getParticipation()).isEqualTo(Participation.TOOK_PART);
    assertThat(record.getCarerConversationOffered()).isFalse();
    assertThat(record.getCarerNotOfferedReason()).contains("carer's conversation of his own");
  }

  @Test
  void negativeOrNonNumericAmountsAndAPlanWithNoOutcomesAreRefusedAndNothingIsStored() {
    ProcessInstance lt3 = letsTalk3Of(involvementAfterLetsTalk1("Ida"));
    complete("practitioner2", lt3, "Task_HoldLetsTalk3", analysis());
    complete("practitioner2", lt3, "Task_AssessEligibility", eligibleAnswers());
    assertRefused(lt3, "Task_FinancialAssessment", Map.of("financialOutcome", "WEEKLY_CONTRIBUTION"),
        "weeklyContribution");
    assertRefused(lt3, "Task_FinancialAssessment",
        Map.of("financialOutcome", "WEEKLY_CONTRIBUTION", "weeklyContribution", -5), "weeklyContribution");
    complete("practitioner2", lt3, "Task_FinancialAssessment", Map.of("financialOutcome", "FULL_COST_SELF_FUNDER"));

    assertRefused(lt3, "Task_WriteSupportPlan", with(plan(), "item1_weeklyCost", -10), "item1_weeklyCost");
    assertRefused(lt3, "Task_WriteSupportPlan", with(plan(), "item2_weeklyCost", "a lot"), "item2_weeklyCost");
    assertRefused(lt3, "Task_WriteSupportPlan", with(plan(), "personalBudget", "-1"), "personalBudget");
    assertRefused(lt3, "Task_WriteSupportPlan", with(plan(), "item2_howItIsMet", null), "item2_howItIsMet");
    Map<String, Object> noOutcomes = new HashMap<>(Map.of("personalBudget", 100, "delivery", "COUNCIL_ARRANGED"));
    assertRefused(lt3, "Task_WriteSupportPlan", noOutcomes, "item1_outcome");
    assertRefused(lt3, "Task_WriteSupportPlan", with(plan(), "delivery", "CASH"), "delivery");

    LetsTalk3 record = records.findByProcessInstanceId(lt3.getId()).orElseThrow();
    assertThat(record.getSupportPlanId()).isNull();
    assertThat(record.getFinancialOutcome()).isEqualTo(FinancialOutcome.FULL_COST_SELF_FUNDER);
    assertThat(record.getWeeklyContribution()).isNull();
    assertThat(plans.draftsFor(record.getPersonId())).isEmpty();
  }

  // ---- helpers ---------------------------------------------------------------------------------------------

  private void assertRefused(ProcessInstance instance, String taskKey, Map<String, Object> form, String field) {
    assertThatRejected(() -> complete("practitioner2", instance, taskKey, form))
        .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.getField()).isEqualTo(field));
    assertThat(instance).isWaitingAt(taskKey);
  }

  private ProcessInstance eligibleAndAssessed(String givenName) {
    ProcessInstance lt3 = letsTalk3Of(involvementAfterLetsTalk1(givenName));
    complete("practitioner2", lt3, "Task_HoldLetsTalk3", analysis());
    complete("practitioner2", lt3, "Task_AssessEligibility", eligibleAnswers());
    complete("practitioner2", lt3, "Task_FinancialAssessment", Map.of("financialOutcome", "NO_CONTRIBUTION"));
    return lt3;
  }

  static Map<String, Object> eligibleAnswers() {
    return with(allAchieved(), CareActOutcome.values()[1].field(CareActOutcome.MEANINGS[0]), true,
        CareActOutcome.values()[3].field(CareActOutcome.MEANINGS[0]), true);
  }

  static Map<String, Object> notEligibleAnswers() {
    return with(allAchieved(), CareActOutcome.values()[1].field(CareActOutcome.MEANINGS[0]), true);
  }

  private static Map<String, Object> allAchieved() {
    Map<String, Object> form = new HashMap<>();
    form.put("impairmentOrIllness", true);
    form.put("significantImpactOnWellbeing", true);
    for (CareActOutcome outcome : CareActOutcome.values()) {
      for (String meaning : CareActOutcome.MEANINGS) {
        form.put(outcome.field(meaning), false);
      }
      form.put(outcome.field("metByWillingCarer"), false);
      form.put(outcome.field("carerUnwilling"), false);
    }
    form.put("eligibilityEvidence", "Assessed at home with her son.");
    return form;
  }

  private static Map<String, Object> notEligibleDecision(String decision, String nextStep) {
    return Map.of("eligibilityDecision", decision,
        "informationAndAdvice", "Told about the befriending scheme and the falls clinic",
        "rightToChallengeExplained", true, "nextStep", nextStep, "nextStepRationale", "Agreed with him");
  }
}
