package org.letstalk.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.letstalk.eligibility.EligibilityFixtures.englandAdult;
import static org.letstalk.FormFixtures.with;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** processes/care-act-eligibility.dmn: the adult test of the Care and Support (Eligibility Criteria) Regulations 2015. */
class CareActEligibilityTableTest {

  static final DmnRuleCoverage TABLES = new DmnRuleCoverage("care-act-eligibility.dmn");

  @AfterAll
  static void everyRuleRowWasExercised() {
    assertThat(TABLES.rulesNeverMatched()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(CareActOutcome.class)
  void eachOfTheFourMeaningsMakesTheOutcomeNotAchieved(CareActOutcome outcome) {
    for (String meaning : CareActOutcome.MEANINGS) {
      Map<String, Object> result = TABLES.decide("care-act-outcome-" + outcome.key(),
          with(englandAdult(), outcome.field(meaning), true));

      assertThat(result.get("outcome_" + outcome.key() + "_notAchieved")).as(meaning).isEqualTo(true);
      assertThat(result.get("outcome_" + outcome.key() + "_reason")).as(meaning).isNotEqualTo("achieved");
    }
  }

  // In England "unable to achieve" has the four meanings of reg. 2(3) of the Care and Support (Eligibility Criteria)
  // Regulations 2015 and no carer exception; a willing carer's help is for the plan [T 2.56], unlike [W ¶145].
  @ParameterizedTest
  @EnumSource(CareActOutcome.class)
  void aNeedAWillingAndAbleCarerMeetsIsStillNotAchievedUnderRegulation2Paragraph3(CareActOutcome outcome) {
    Map<String, Object> result = TABLES.decide("care-act-outcome-" + outcome.key(), with(englandAdult(),
        outcome.field("unableWithoutAssistance"), true, outcome.field("metByWillingCarer"), true));

    assertThat(result.get("outcome_" + outcome.key() + "_notAchieved")).isEqualTo(true);
    assertThat(result.get("outcome_" + outcome.key() + "_reason")).isEqualTo("unable without assistance");
  }

  @ParameterizedTest
  @EnumSource(CareActOutcome.class)
  void anOutcomeWithNoDifficultyIsAchieved(CareActOutcome outcome) {
    Map<String, Object> result = TABLES.decide("care-act-outcome-" + outcome.key(), englandAdult());

    assertThat(result.get("outcome_" + outcome.key() + "_notAchieved")).isEqualTo(false);
    assertThat(result.get("outcome_" + outcome.key() + "_reason")).isEqualTo("achieved");
  }

  @Test
  void twoOutcomesNotAchievedWithAnImpairmentAndASignificantImpactAreEligible() {
    Map<String, Object> result = TABLES.decide("care-act-eligibility", with(englandAdult(),
        "outcome_hygiene_unableWithoutAssistance", true, "outcome_clothing_painDistressAnxiety", true));

    assertThat(result).containsEntry("eligible", true).containsEntry("outcomesNotAchieved", "hygiene, clothing");
    assertThat((String) result.get("eligibilityReason")).startsWith("Eligible");
  }

  @Test
  void exactlyOneOutcomeNotAchievedIsNotEnough() {
    Map<String, Object> result = TABLES.decide("care-act-eligibility", with(englandAdult(),
        "outcome_nutrition_takesSignificantlyLonger", true));

    assertThat(result).containsEntry("eligible", false).containsEntry("outcomesNotAchieved", "nutrition");
    assertThat((String) result.get("eligibilityReason")).contains("fewer than two");
  }

  @Test
  void noOutcomeNotAchievedIsNotEligible() {
    Map<String, Object> result = TABLES.decide("care-act-eligibility", englandAdult());

    assertThat(result).containsEntry("eligible", false).containsEntry("outcomesNotAchieved", "");
  }

  // Reg. 2(3) Eligibility Criteria Regulations 2015: a carer meeting the second outcome does not take it away.
  @Test
  void aSecondOutcomeMetByAWillingCarerStillCountsSoTheNeedsAreEligible() {
    Map<String, Object> result = TABLES.decide("care-act-eligibility", with(englandAdult(),
        "outcome_hygiene_unableWithoutAssistance", true,
        "outcome_nutrition_unableWithoutAssistance", true, "outcome_nutrition_metByWillingCarer", true));

    assertThat(result).containsEntry("eligible", true).containsEntry("outcomesNotAchieved", "nutrition, hygiene");
  }

  @Test
  void needsNotArisingFromAnImpairmentOrIllnessAreNotEligible() {
    Map<String, Object> result = TABLES.decide("care-act-eligibility", with(englandAdult(),
        "impairmentOrIllness", false, "outcome_work_endangersSafety", true, "outcome_community_endangersSafety", true));

    assertThat(result).containsEntry("eligible", false);
    assertThat((String) result.get("eligibilityReason")).contains("impairment or illness");
  }

  @Test
  void withoutASignificantImpactOnWellbeingNeedsAreNotEligible() {
    Map<String, Object> result = TABLES.decide("care-act-eligibility", with(englandAdult(),
        "significantImpactOnWellbeing", false,
        "outcome_toilet_unableWithoutAssistance", true, "outcome_homeSafety_endangersSafety", true,
        "outcome_habitableHome_unableWithoutAssistance", true));

    assertThat(result).containsEntry("eligible", false)
        .containsEntry("outcomesNotAchieved", "toilet, homeSafety, habitableHome");
    assertThat((String) result.get("eligibilityReason")).contains("significant impact");
  }

  @Test
  void allTenOutcomesAreNamedInTheRegulationsOrder() {
    Map<String, Object> form = englandAdult();
    for (CareActOutcome outcome : CareActOutcome.values()) {
      form.put(outcome.field("unableWithoutAssistance"), true);
    }

    Map<String, Object> result = TABLES.decide("care-act-eligibility", form);

    assertThat(result).containsEntry("eligible", true).containsEntry("outcomesNotAchieved",
        "nutrition, hygiene, toilet, clothing, homeSafety, habitableHome, relationships, work, community, childCaring");
  }
}
