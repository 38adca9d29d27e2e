package org.letstalk.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.letstalk.eligibility.EligibilityFixtures.englandCarer;
import static org.letstalk.FormFixtures.with;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** processes/carers-eligibility.dmn: the carers' test of the Care and Support (Eligibility Criteria) Regulations 2015. */
class CarersEligibilityTableTest {

  static final DmnRuleCoverage TABLES = new DmnRuleCoverage("carers-eligibility.dmn");

  @AfterAll
  static void everyRuleRowWasExercised() {
    assertThat(TABLES.rulesNeverMatched()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(CarerOutcome.class)
  void eachOfTheThreeMeaningsMakesTheOutcomeNotAchieved(CarerOutcome outcome) {
    for (String meaning : CarerOutcome.MEANINGS) {
      Map<String, Object> result = TABLES.decide("carers-outcome-" + outcome.key(),
          with(englandCarer(), outcome.field(meaning), true));

      assertThat(result.get("carerOutcome_" + outcome.key() + "_notAchieved")).as(meaning).isEqualTo(true);
    }
    assertThat(TABLES.decide("carers-outcome-" + outcome.key(), englandCarer())
        .get("carerOutcome_" + outcome.key() + "_notAchieved")).isEqualTo(false);
  }

  @Test
  void oneOutcomeNotAchievedIsEnoughForACarer() {
    Map<String, Object> result = TABLES.decide("carers-eligibility", with(englandCarer(),
        "carerOutcome_recreation_painDistressAnxiety", true));

    assertThat(result).containsEntry("eligible", true).containsEntry("outcomesNotAchieved", "recreation");
    assertThat((String) result.get("eligibilityReason")).contains("unable to achieve one or more");
  }

  @Test
  void healthAtRiskIsEnoughForACarerWhoAchievesEveryOutcome() {
    Map<String, Object> result = TABLES.decide("carers-eligibility", with(englandCarer(),
        "carerHealthDeteriorating", true));

    assertThat(result).containsEntry("eligible", true).containsEntry("outcomesNotAchieved", "");
    assertThat((String) result.get("eligibilityReason")).contains("health");
  }

  @Test
  void healthNotAtRiskAndEveryOutcomeAchievedIsNotEligible() {
    Map<String, Object> result = TABLES.decide("carers-eligibility", englandCarer());

    assertThat(result).containsEntry("eligible", false);
    assertThat((String) result.get("eligibilityReason")).contains("can achieve every specified outcome");
  }

  @Test
  void needsNotArisingFromProvidingCareAreNotEligible() {
    Map<String, Object> result = TABLES.decide("carers-eligibility", with(englandCarer(),
        "carerNeedsFromProvidingCare", false, "carerHealthDeteriorating", true));

    assertThat(result).containsEntry("eligible", false);
    assertThat((String) result.get("eligibilityReason")).contains("do not arise from providing necessary care");
  }

  @Test
  void withoutASignificantImpactOnWellbeingACarersNeedsAreNotEligible() {
    Map<String, Object> healthAtRisk = TABLES.decide("carers-eligibility", with(englandCarer(),
        "carerSignificantImpactOnWellbeing", false, "carerHealthDeteriorating", true));
    Map<String, Object> outcomeNotAchieved = TABLES.decide("carers-eligibility", with(englandCarer(),
        "carerSignificantImpactOnWellbeing", false, "carerOutcome_work_unableWithoutAssistance", true));

    assertThat(healthAtRisk).containsEntry("eligible", false);
    assertThat(outcomeNotAchieved).containsEntry("eligible", false).containsEntry("outcomesNotAchieved", "work");
  }
}
