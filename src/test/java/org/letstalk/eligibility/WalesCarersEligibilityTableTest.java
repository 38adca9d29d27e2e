package org.letstalk.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.letstalk.FormFixtures.with;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * processes/wales-carers-eligibility.dmn: a carer's assessed need against the carer's own four conditions of the
 * Care and Support (Eligibility) (Wales) Regulations 2015, regulation 5 [W ¶156-161], not the adult's.
 */
class WalesCarersEligibilityTableTest {

  static final DmnRuleCoverage TABLES = new DmnRuleCoverage("wales-carers-eligibility.dmn");

  @AfterAll
  static void everyRuleRowWasExercised() {
    assertThat(TABLES.rulesNeverMatched()).isEmpty();
  }

  /** Geraint, who cares for his wife Alison with MS, wants a morning's golf each week [W §3.30 case study]. */
  static Map<String, Object> eligibleNeed() {
    Map<String, Object> need = new HashMap<>();
    need.put("protectionFromAbuseNeeded", false);
    need.put("arisesFromCaring", true);
    need.put("circumstance", "PHYSICAL_OR_MENTAL_ILL_HEALTH");
    need.put("outcomeArea", "WORK_EDUCATION_LEARNING_OR_LEISURE");
    need.put("canBeMetBy", "ONLY_WITH_COUNCIL_CARE_AND_SUPPORT");
    need.put("unlikelyToAchieveOutcomes", true);
    return need;
  }

  static Map<String, Object> decide(Object... changes) {
    return TABLES.decide("wales-carers-eligibility", with(eligibleNeed(), changes));
  }

  @Test
  void aCarersNeedMeetingTheFourCarersConditionsIsEligible() {
    Map<String, Object> result = decide();
    assertThat(result).containsEntry("eligible", true);
    assertThat((String) result.get("eligibilityReason")).contains("for a carer",
        "care and support for the person cared for");
    for (String circumstance : new String[] {"PHYSICAL_OR_MENTAL_ILL_HEALTH", "AGE", "DISABILITY",
        "ALCOHOL_OR_DRUG_DEPENDENCE", "OTHER_SIMILAR"}) {
      assertThat(decide("circumstance", circumstance)).as(circumstance).containsEntry("eligible", true);
    }
    for (WalesNeed.OutcomeArea area : WalesNeed.OutcomeArea.values()) {
      assertThat(decide("outcomeArea", area.name())).as(area.name())
          .containsEntry("eligible", area != WalesNeed.OutcomeArea.NONE_OF_THESE);
    }
  }

  /** [W ¶137]: eligibility must not delay protection, for a carer as for anyone. */
  @Test
  void protectingTheCarerFromAbuseIsNotHeldUpByEligibility() {
    Map<String, Object> result = decide("protectionFromAbuseNeeded", true, "arisesFromCaring", null,
        "circumstance", null, "outcomeArea", null, "canBeMetBy", null, "unlikelyToAchieveOutcomes", null);
    assertThat(result).containsEntry("eligible", true);
    assertThat((String) result.get("eligibilityReason")).contains("protect the carer");
  }

  /** [W ¶157]: condition 1 is about caring, not the carer's own health, age or disability. */
  @Test
  void aNeedThatDoesNotAriseFromCaringIsNotACarersEligibleNeed() {
    Map<String, Object> result = decide("arisesFromCaring", false);
    assertThat(result).containsEntry("eligible", false);
    assertThat((String) result.get("eligibilityReason")).contains("does not arise from providing care");
  }

  /** [W ¶157]: the person cared for has needs from ill-health, age, disability, drugs or alcohol, or similar. */
  @Test
  void thePersonCaredForMustHaveNeedsFromTheCircumstancesInTheRegulations() {
    Map<String, Object> result = decide("circumstance", "NONE_OF_THESE");
    assertThat(result).containsEntry("eligible", false);
    assertThat((String) result.get("eligibilityReason")).contains("the person cared for");
  }

  /** [W ¶159-160]: alone, with others' willing support, or with services the carer can use. */
  @Test
  void conditionThreeIsNotMetWhenTheCarerCanMeetTheNeedAnotherWay() {
    assertThat((String) decide("canBeMetBy", "BY_THE_PERSON_ALONE").get("eligibilityReason"))
        .contains("the carer can meet this need alone");
    assertThat((String) decide("canBeMetBy", "BY_A_WILLING_AND_ABLE_CARER").get("eligibilityReason"))
        .contains("others who are willing and able");
    assertThat(decide("canBeMetBy", "BY_COMMUNITY_SERVICES")).containsEntry("eligible", false);
  }

  /** [W ¶161]. */
  @Test
  void conditionFourIsNotMetWhenTheCarerIsLikelyToAchieveTheirOutcomesAnyway() {
    Map<String, Object> result = decide("unlikelyToAchieveOutcomes", false);
    assertThat(result).containsEntry("eligible", false);
    assertThat((String) result.get("eligibilityReason")).contains("the carer is likely to achieve");
  }
}
