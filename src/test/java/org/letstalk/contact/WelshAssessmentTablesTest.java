package org.letstalk.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.letstalk.eligibility.DmnRuleCoverage;

/**
 * processes/assessment-after-advice.dmn and processes/assessment-refusal.dmn, row by row: in Wales advice or
 * assistance is followed by a proportionate assessment [W ¶71], and a refusal of an assessment stands unless the
 * adult lacks capacity to refuse and an assessment is in their best interests, or is at risk of abuse or
 * neglect; a carer's refusal always stands [W ¶124-126].
 */
class WelshAssessmentTablesTest {

  static final DmnRuleCoverage AFTER_ADVICE = new DmnRuleCoverage("assessment-after-advice.dmn");
  static final DmnRuleCoverage REFUSAL = new DmnRuleCoverage("assessment-refusal.dmn");

  @AfterAll
  static void everyRuleRowWasExercised() {
    assertThat(AFTER_ADVICE.rulesNeverMatched()).isEmpty();
    assertThat(REFUSAL.rulesNeverMatched()).isEmpty();
  }

  static Object afterAdvice(String nation, String given) {
    Map<String, Object> in = new HashMap<>();
    in.put("councilNation", nation);
    in.put("informationAdviceOrAssistance", given);
    return AFTER_ADVICE.decide("assessment-after-advice", in).get("proportionateAssessmentRequired");
  }

  @Test
  void inEnglandInformationAndAdviceClosesTheContactAsBefore() {
    assertThat(afterAdvice("ENGLAND", null)).isEqualTo(false);
    assertThat(afterAdvice("ENGLAND", "ADVICE")).isEqualTo(false);
  }

  /** [W ¶71]: "it is only the provision of information that does not require some sort of assessment". */
  @Test
  void inWalesOnlyInformationAloneNeedsNoAssessment() {
    assertThat(afterAdvice("WALES", "INFORMATION")).isEqualTo(false);
    assertThat(afterAdvice("WALES", "ADVICE")).isEqualTo(true);
    assertThat(afterAdvice("WALES", "ASSISTANCE")).isEqualTo(true);
    assertThat(afterAdvice("WALES", null)).as("not said: assess rather than close").isEqualTo(true);
  }

  static Object refusal(String forWhom, Boolean agreed, Boolean overridden, Boolean capacity, Boolean bestInterests,
      Boolean atRisk) {
    Map<String, Object> in = new HashMap<>();
    in.put("assessmentFor", forWhom);
    in.put("assessmentAgreed", agreed);
    in.put("refusalOverridden", overridden);
    in.put("capacityToRefuse", capacity);
    in.put("bestInterests", bestInterests);
    in.put("atRiskOfAbuseOrNeglect", atRisk);
    return REFUSAL.decide("assessment-refusal", in).get("refusalDecision");
  }

  @Test
  void anAgreedAssessmentOrOneAlreadyOverriddenIsNoRefusal() {
    assertThat(refusal("ADULT", true, null, null, null, null)).isEqualTo("NOT_REFUSED");
    assertThat(refusal("ADULT", false, true, true, null, true)).isEqualTo("NOT_REFUSED");
  }

  /** [W ¶124]: a person with capacity is entitled to refuse. */
  @Test
  void anAdultWithCapacityWhoIsNotAtRiskMayRefuse() {
    assertThat(refusal("ADULT", false, null, true, null, false)).isEqualTo("REFUSAL_STANDS");
  }

  /** [W ¶126]: lacks capacity to refuse and an assessment is in their best interests. */
  @Test
  void anAdultWhoLacksCapacityToRefuseIsAssessedInTheirBestInterests() {
    assertThat(refusal("ADULT", false, null, false, true, false)).isEqualTo("ASSESS_IN_BEST_INTERESTS");
  }

  /** [W ¶126]: "must assess the situation given the information it holds or has received from its partners". */
  @Test
  void anAdultAtRiskOfAbuseOrNeglectWhoRefusesIsAssessedFromWhatTheCouncilKnows() {
    assertThat(refusal("ADULT", false, null, true, null, true)).isEqualTo("ASSESS_FROM_INFORMATION_HELD");
  }

  /** [W ¶125]: "if an adult carer ... refuses an assessment then the duty to assess does not apply". */
  @Test
  void aCarersRefusalAlwaysStands() {
    assertThat(refusal("CARER", false, null, true, null, true)).isEqualTo("REFUSAL_STANDS");
  }
}
