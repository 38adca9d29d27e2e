package org.letstalk.longtermsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.letstalk.FormFixtures.with;
import static org.letstalk.longtermsupport.LetsTalk3Fixtures.analysis;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.letstalk.PostgresTest;
import org.letstalk.eligibility.EligibilityFixtures;
import org.letstalk.plan.Delivery;
import org.letstalk.plan.PlanStatus;
import org.letstalk.plan.SupportPlan;
import org.letstalk.plan.SupportPlanItem;
import org.letstalk.plan.SupportPlans;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** A Welsh council's deployment runs the same Let's Talk 3 under the Welsh rule set. */
@PostgresTest
@TestPropertySource(properties = "letstalk.eligibility.rule-set=WALES")
class WelshLetsTalk3Test extends LetsTalk3TestSupport {

  @Autowired
  LetsTalk3Repository records;

  @Autowired
  SupportPlans plans;

  /**
   * [W §3.28]: an 82-year-old widow with early dementia. Help washing and dressing morning and evening is
   * eligible and offered as a direct payment; the shopping and cooking her daughter is willing to keep doing is
   * not, so it is not in the plan.
   */
  @Test
  void derynsWashingAndDressingIsFundedAsADirectPaymentAndHerDaughterKeepsTheShoppingAndCooking() {
    ProcessInstance lt3 = letsTalk3Of(involvementAfterLetsTalk1("Deryn"));
    complete("practitioner2", lt3, "Task_HoldLetsTalk3", with(analysis(),
        "informalNetwork", "Her daughter Gwen shops and cooks and will keep doing so; she cannot help every morning",
        "outcomesSought", "Washed and dressed morning and evening; staying in her own home"));
    assertThat(taskService.getVariable(task("Task_AssessEligibility", lt3).getId(), "eligibilityRuleSet"))
        .isEqualTo("WALES");

    complete("practitioner2", lt3, "Task_AssessEligibility", EligibilityFixtures.derynInWales());
    assertThat(lt3).isWaitingAt("Task_FinancialAssessment");
    assertThat((String) runtime.getVariable(lt3.getId(), "eligibilityDecision")).contains(
        "Need 1, Help to wash and dress, morning and evening: Eligible",
        "Need 2, Shopping and cooking: Not eligible: a carer who is willing and able meets this need.");
    complete("practitioner2", lt3, "Task_FinancialAssessment",
        Map.of("financialOutcome", "WEEKLY_CONTRIBUTION", "weeklyContribution", 20));
    Map<String, Object> plan = new HashMap<>(Map.of("personalBudget", 210, "delivery", "DIRECT_PAYMENT",
        "item1_outcome", "Washed and dressed, morning and evening",
        "item1_howItIsMet", "A personal assistant she chooses, paid with a direct payment",
        "item1_frequency", "Twice a day, 30 minutes", "item1_weeklyCost", 210));
    complete("practitioner2", lt3, "Task_WriteSupportPlan", plan);
    approveAuthorisation("teammanager", calledProcessInstance("funding-authorisation", lt3));

    assertThat(lt3).isEnded().hasPassed("Task_ActivateSupportPlan");
    SupportPlan active = plans.get(records.findByProcessInstanceId(lt3.getId()).orElseThrow().getSupportPlanId());
    assertThat(active.getStatus()).isEqualTo(PlanStatus.ACTIVE);
    assertThat(active.getDelivery()).isEqualTo(Delivery.DIRECT_PAYMENT);
    assertThat(plans.lines(active.getId())).extracting(SupportPlanItem::getOutcome)
        .containsExactly("Washed and dressed, morning and evening");
  }

}
