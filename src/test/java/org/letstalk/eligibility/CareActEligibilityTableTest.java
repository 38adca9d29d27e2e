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

  @ParameterizedTest
  @EnumSource(CareActOutcome.class)
  void aNeedAWillingAndAbleCarerMeetsDoesNotCount(CareActOutcome outcome) {
    Map<String, Object> result = TABLES.decide("care-act-outcome-" + outcome.key(), with(englandAdult(),
        outcome.field("unableWithoutAssistance"), true, outcome.field("metByWillingCarer"), true));

    assertThat(result.get("outcome_" + outcome.key() + "_notAchieved")).isEqualTo(false);
    assertThat(result.get("outcome_" + outcome.key() + "_reason")).isEqualTo("met by a willing and able carer");
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

  @Test
  void aSecondOutcomeMetByAWillingCarerLeavesOnlyOne() {
    Map<String, Object> result = TABLES.decide("care-act-eligibility", with(englandAdult(),
        "outcome_hygiene_unableWithoutAssistance", true,
        "outcome_nutrition_unableWithoutAssistance", true, "outcome_nutrition_metByWillingCarer", true));

    assertThat(result).containsEntry("eligible", false).containsEntry("outcomesNotAchieved", "hygiene");
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
