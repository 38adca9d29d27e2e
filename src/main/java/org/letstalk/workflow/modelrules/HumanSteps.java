package org.letstalk.workflow.modelrules;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;

/**
 * The human-step contract: every user task says who may do it (candidate groups, or the one person it is for), what
 * they fill in (a form) and by when (a due date). A task whose completion is recorded ({@code completedTask}
 * listener) flows straight into its Record step: one synchronous service task, so bad input refuses the completion
 * and the task stays open.
 */
public final class HumanSteps {

  static final String COMPLETED_TASK = "${completedTask}";

  private HumanSteps() {
  }

  public static List<String> problems(BpmnModelInstance model) {
    List<String> problems = new ArrayList<>();
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      String id = task.getId();
      if (blank(task.getCamundaCandidateGroups()) && blank(task.getCamundaCandidateUsers())
          && blank(task.getCamundaAssignee())) {
        problems.add(id + ": nobody can see it; give camunda:candidateGroups (or an assignee)");
      }
      if (blank(task.getCamundaDueDate())) {
        problems.add(id + ": no due date; e.g. camunda:dueDate=\"${dueDates.workingDays(2)}\"");
      }
      if (blank(task.getAttributeValueNs(ModelXml.CAMUNDA, "formRef"))) {
        problems.add(id + ": no form; give camunda:formRef=\"<form id>\" and camunda:formRefBinding=\"latest\"");
      }
      List<CamundaTaskListener> listeners = task.getExtensionElements() == null ? List.of()
          : task.getExtensionElements().getElementsQuery().filterByType(CamundaTaskListener.class).list().stream()
              .filter(l -> COMPLETED_TASK.equals(l.getCamundaDelegateExpression())).toList();
      if (listeners.isEmpty()) {
        continue;
      }
      if (listeners.stream().anyMatch(l -> !"complete".equals(l.getCamundaEvent()))) {
        problems.add(id + ": the completedTask listener listens for event=\"complete\"");
      }
      List<SequenceFlow> out = List.copyOf(task.getOutgoing());
      FlowNode next = out.size() == 1 ? out.get(0).getTarget() : null;
      if (!(next instanceof ServiceTask record)) {
        problems.add(id + ": a human step flows straight into its Record step, one synchronous service task");
      } else if (record.isCamundaAsyncBefore()) {
        problems.add(record.getId() + ": the Record step of " + id + " runs in the completing transaction;"
            + " remove camunda:asyncBefore");
      }
    }
    return problems;
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
