package org.letstalk.carers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.letstalk.FormFixtures.with;
import static org.letstalk.RefusalAssertions.assertThatRejected;
import static org.letstalk.carers.CarersFixtures.carerRecord;
import static org.letstalk.carers.CarersFixtures.carersLetsTalk1;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.letstalk.PostgresTest;
import org.letstalk.validation.InputRejectedException;
import org.springframework.test.context.TestPropertySource;

/**
 * A carer's conversation in a Welsh council: the carer's needs are decided on the carer's own four conditions
 * (Care and Support (Eligibility) (Wales) Regulations 2015, regulation 5) [W ¶156-161], each need on its own.
 */
@PostgresTest
@TestPropertySource(properties = "letstalk.eligibility.rule-set=WALES")
class WelshCarersConversationTest extends CarersTestSupport {

  /** Geraint cares for his wife Alison, who has MS [W §3.30 case study]. */
  static Map<String, Object> geraintsNeeds() {
    Map<String, Object> form = new HashMap<>();
    form.put("protectionFromAbuseNeeded", false);
    form.put("need1_description", "A morning a week away from caring, to play golf");
    form.put("need1_arisesFromCaring", true);
    form.put("need1_circumstance", "PHYSICAL_OR_MENTAL_ILL_HEALTH");
    form.put("need1_outcomeArea", "WORK_EDUCATION_LEARNING_OR_LEISURE");
    form.put("need1_canBeMetBy", "ONLY_WITH_COUNCIL_CARE_AND_SUPPORT");
    form.put("need1_unlikelyToAchieveOutcomes", true);
    form.put("need1_directPayment", true);
    form.put("need2_description", "Treatment for his own arthritic knee");
    form.put("need2_arisesFromCaring", false);
    form.put("need2_circumstance", "AGE");
    form.put("need2_outcomeArea", "SELF_CARE_OR_DOMESTIC_ROUTINES");
    form.put("need2_canBeMetBy", "ONLY_WITH_COUNCIL_CARE_AND_SUPPORT");
    form.put("need2_unlikelyToAchieveOutcomes", true);
    form.put("eligibilityEvidence", "Carer's conversation with Geraint on his own.");
    return form;
  }

  ProcessInstance geraintAtEligibility() {
    ProcessInstance carer = carerAtLetsTalk1("Alison");
    complete("carers", carer, "Task_HoldCarersLetsTalk1", carersLetsTalk1("LT3"));
    complete("carers", carer, "Task_HoldCarersLetsTalk3", carerRecord());
    assertThat(carer).isWaitingAt("Task_AssessCarersEligibility");
    return carer;
  }

  @Test
  void aCarersNeedIsEligibleOnTheCarersConditionsAndANeedNotFromCaringIsNot() {
    ProcessInstance carer = geraintAtEligibility();
    assertThat(taskService.getVariable(task("Task_AssessCarersEligibility", carer).getId(), "eligibilityRuleSet"))
        .isEqualTo("WALES");

    assertThatRejected(() -> complete("carers", carer, "Task_AssessCarersEligibility",
        with(geraintsNeeds(), "need1_arisesFromCaring", null)))
        .isInstanceOf(InputRejectedException.class).hasMessageContaining("need1_arisesFromCaring");
    complete("carers", carer, "Task_AssessCarersEligibility", geraintsNeeds());

    assertThat(carer).isWaitingAt("Task_WriteCarersSupportPlan");
    assertThat((String) historicVariable(carer, "eligibilityDecision")).contains(
        "all four conditions for a carer are met", "does not arise from providing care");
  }

  @Test
  void aCarerWithNoNeedFromCaringHasAWrittenDecision() {
    ProcessInstance carer = geraintAtEligibility();
    complete("carers", carer, "Task_AssessCarersEligibility", with(geraintsNeeds(), "need1_arisesFromCaring", false));

    assertThat(carer).isWaitingAt("Task_WriteNotEligibleDecision");
  }
}
