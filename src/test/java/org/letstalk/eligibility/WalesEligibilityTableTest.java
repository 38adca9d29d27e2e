package org.letstalk.eligibility;

import static org.letstalk.FormFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** processes/wales-eligibility.dmn: one assessed need against the four Welsh conditions [W ¶140-146]. */
class WalesEligibilityTableTest {

  static final DmnRuleCoverage TABLES = new DmnRuleCoverage("wales-eligibility.dmn");

  @AfterAll
  static void everyRuleRowWasExercised() {
    assertThat(TABLES.rulesNeverMatched()).isEmpty();
  }

  static Map<String, Object> eligibleNeed() {
    Map<String, Object> need = new HashMap<>();
    need.put("protectionFromAbuseNeeded", false);
    need.put("circumstance", "AGE");
    need.put("outcomeArea", "COMMUNICATION");
    need.put("canBeMetBy", "ONLY_WITH_COUNCIL_CARE_AND_SUPPORT");
    need.put("unlikelyToAchieveOutcomes", true);
    return need;
  }

  static Map<String, Object> decide(Object... changes) {
    return TABLES.decide("wales-eligibility", with(eligibleNeed(), changes));
  }

  @Test
  void aNeedMeetingAllFourConditionsIsEligible() {
    assertThat(decide()).containsEntry("eligible", true);
    for (String circumstance : new String[] {"PHYSICAL_OR_MENTAL_ILL_HEALTH", "AGE", "DISABILITY",
        "ALCOHOL_OR_DRUG_DEPENDENCE", "OTHER_SIMILAR"}) {
      assertThat(decide("circumstance", circumstance)).as(circumstance).containsEntry("eligible", true);
    }
    for (WalesNeed.OutcomeArea area : WalesNeed.OutcomeArea.values()) {
      assertThat(decide("outcomeArea", area.name())).as(area.name())
          .containsEntry("eligible", area != WalesNeed.OutcomeArea.NONE_OF_THESE);
    }
  }

  @Test
  void protectionFromAbuseIsNotHeldUpByEligibility() {
    Map<String, Object> result = decide("protectionFromAbuseNeeded", true, "circumstance", null, "outcomeArea", null,
        "canBeMetBy", null, "unlikelyToAchieveOutcomes", null);

    assertThat(result).containsEntry("eligible", true);
    assertThat((String) result.get("eligibilityReason")).isEqualTo("Met to protect the person from abuse or neglect; eligibility is not applied.");
  }

  @Test
  void conditionOneNeedsOneOfTheCircumstances() {
    assertThat(decide("circumstance", "NONE_OF_THESE")).containsEntry("eligible", false);
  }

  @Test
  void conditionTwoNeedsOneOfTheOutcomes() {
    Map<String, Object> result = decide("outcomeArea", "NONE_OF_THESE");

    assertThat(result).containsEntry("eligible", false);
    assertThat((String) result.get("eligibilityReason")).contains("outcomes in the regulations");
  }

  @Test
  void conditionThreeIsNotMetWhenTheNeedCanBeMetWithoutTheCouncil() {
    assertThat(decide("canBeMetBy", "BY_THE_PERSON_ALONE", "unlikelyToAchieveOutcomes", false))
        .containsEntry("eligible", false).containsEntry("eligibilityReason",
            "Not eligible: the person can meet this need alone.");
    assertThat(decide("canBeMetBy", "BY_A_WILLING_AND_ABLE_CARER", "unlikelyToAchieveOutcomes", false))
        .containsEntry("eligible", false).containsEntry("eligibilityReason",
            "Not eligible: a carer who is willing and able meets this need.");
    assertThat((String) decide("canBeMetBy", "BY_COMMUNITY_SERVICES", "unlikelyToAchieveOutcomes", false)
        .get("eligibilityReason")).contains("services in the community");
  }

  @Test
  void conditionFourIsNotMetWhenThePersonIsLikelyToAchieveTheirOutcomes() {
    Map<String, Object> result = decide("unlikelyToAchieveOutcomes", false);

    assertThat(result).containsEntry("eligible", false);
    assertThat((String) result.get("eligibilityReason")).contains("likely to achieve their personal outcomes");
  }
}
