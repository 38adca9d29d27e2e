package org.letstalk.workflow.modelrules;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.dmn.DmnModelInstance;

/**
 * Every rule a model must pass to be deployed, in one place: the build runs them over processes/ (ModelConventionsTest)
 * and the engine over every deployment, by any route (workflow.DeploymentCheck). A new rule class is one line here.
 */
public final class ModelRules {

  private ModelRules() {
  }

  public static List<String> problems(BpmnModelInstance model, Beans beans) {
    List<String> problems = new ArrayList<>();
    problems.addAll(NoCodeInModels.problems(model, beans));
    problems.addAll(ExpressionAllowList.problems(model, beans));
    problems.addAll(HistoryTimeToLive.problems(model));
    problems.addAll(HumanSteps.problems(model));
    problems.addAll(DiagramLayout.problems(model));
    return problems;
  }

  public static List<String> problems(DmnModelInstance model) {
    List<String> problems = new ArrayList<>();
    problems.addAll(ExpressionAllowList.problems(model));
    problems.addAll(HistoryTimeToLive.problems(model));
    return problems;
  }
}
