package org.letstalk.workflow.modelrules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What an expression in a model may and may not say, one expression at a time. */
class ExpressionAllowListTest {

  static final Beans BEANS = new Beans(Set.of("recordContact", "completedTask"),
      Set.of("recordContact", "completedTask", "dueDates", "eligibilityService", "safeguardingConcernRepository",
          "identityService"));

  @ParameterizedTest
  @ValueSource(strings = {
      "${personName}", "${outcome == \"NEW_CASE\" || outcome == 'EXISTING_CASE'}", "${immediateDanger ? 90 : 70}",
      "${!eligible}", "${auditCount > 0}", "${dueDates.workingDays(5)}",
      "${crisis ? dueDates.workingDays(0) : dueDates.workingDays(1)}", "${eligibilityService.ruleSet().name()}",
      "${execution.getVariable('allocatedWorker')}", "#{execution.processBusinessKey}",
      "${decisionResult.getSingleResult().get('level')}", "${'CLOSURE'}", "${weeklyCost * 1.5 <= 500}",
      "Let's Talk 1: ${personName}"})
  void whatAModelMaySay(String expression) {
    assertThat(problems(expression)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "${\"\".getClass().forName(\"java.lang.System\").getMethod(\"exit\", int.class)}",
      "${safeguardingConcernRepository.findAll().get(0).getDescription()}",
      "${safeguardingConcernRepository}",
      "${identityService.deleteUser('x')}",
      "${execution.getVariable('missing').length()}",
      "${execution.getProcessEngineServices().getRuntimeService()}",
      "${personName.getClass()}",
      "${(personName).bytes}",
      "${execution['processEngine']}",
      "${x = 1}",
      "${dueDates.workingDays(safeguardingConcernRepository.count())}",
      "${fn(1)}"})
  void whatItMayNot(String expression) {
    assertThat(problems(expression)).as(expression).isNotEmpty();
  }

  private static List<String> problems(String expression) {
    List<String> problems = new ArrayList<>();
    var matcher = ExpressionAllowList.EXPRESSION.matcher(expression);
    while (matcher.find()) {
      ExpressionAllowList.problemsIn(ExpressionAllowList.STRING_LITERAL.matcher(matcher.group(1)).replaceAll("''"),
          BEANS, problems);
    }
    return problems;
  }
}
