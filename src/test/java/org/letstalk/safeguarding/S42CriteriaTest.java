package org.letstalk.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.letstalk.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Each rule of s42-criteria: the Care Act s42(1) test [W ¶107]. */
@PostgresTest
class S42CriteriaTest {

  @Autowired
  DecisionService decisions;

  @ParameterizedTest(name = "needs {0}, at risk {1}, unable to protect {2}: duty {3}")
  @CsvSource({
      "MET_BY_COUNCIL,     true,  true,  true,  All three s42 criteria are met",
      "NOT_MET_BY_COUNCIL, true,  true,  true,  All three s42 criteria are met",
      "NONE,               true,  true,  false, No needs for care and support",
      "NONE,               false, false, false, No needs for care and support",
      "MET_BY_COUNCIL,     false, true,  false, No reasonable cause to suspect abuse or neglect",
      "NOT_MET_BY_COUNCIL, false, false, false, No reasonable cause to suspect abuse or neglect",
      "MET_BY_COUNCIL,     true,  false, false, Able to protect themselves",
      "NOT_MET_BY_COUNCIL, true,  false, false, Able to protect themselves"})
  void theDutyAppliesOnlyWhenAllThreeCriteriaAreMet(String needs, boolean atRisk, boolean unable, boolean applies,
      String explanation) {
    DmnDecisionRuleResult answer = decisions.evaluateDecisionTableByKey("s42-criteria")
        .variables(Map.of("careAndSupportNeeds", needs, "experiencingOrAtRiskOfAbuse", atRisk,
            "unableToProtectThemselves", unable))
        .evaluate().getSingleResult();

    assertThat((Boolean) answer.getEntry("s42DutyApplies")).isEqualTo(applies);
    assertThat((String) answer.getEntry("s42Explanation")).startsWith(explanation);
  }
}
