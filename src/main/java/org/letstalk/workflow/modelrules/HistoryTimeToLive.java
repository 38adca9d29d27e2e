package org.letstalk.workflow.modelrules;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;

/**
 * Every process and decision says how long its history is kept (the engine's history cleanup removes it then);
 * without it the engine refuses the deployment, and the refusal should name the element.
 */
public final class HistoryTimeToLive {

  private HistoryTimeToLive() {
  }

  public static List<String> problems(BpmnModelInstance model) {
    List<String> problems = new ArrayList<>();
    for (Process process : model.getModelElementsByType(Process.class)) {
      if (process.isExecutable() && blank(process.getCamundaHistoryTimeToLiveString())) {
        problems.add(process.getId() + ": no camunda:historyTimeToLive (how long its history is kept, e.g. P2555D)");
      }
    }
    return problems;
  }

  public static List<String> problems(DmnModelInstance model) {
    List<String> problems = new ArrayList<>();
    for (Decision decision : model.getModelElementsByType(Decision.class)) {
      if (blank(decision.getCamundaHistoryTimeToLiveString())) {
        problems.add(decision.getId() + ": no camunda:historyTimeToLive (how long its history is kept, e.g. P2555D)");
      }
    }
    return problems;
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
