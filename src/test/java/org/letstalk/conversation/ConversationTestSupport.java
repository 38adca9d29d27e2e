package org.letstalk.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import org.letstalk.crisis.CrisisPlans;
import org.letstalk.involvement.InvolvementRepository;
import org.letstalk.involvement.DecisionRepository;
import org.letstalk.crisis.CrisisCheckInRepository;
import org.letstalk.crisis.SpendRepository;
import org.letstalk.crisis.CrisisPlanRepository;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.letstalk.ProcessTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/** Starting involvements through the front door and finding the processes they call. */
public abstract class ConversationTestSupport extends ProcessTestSupport {

  @Autowired
  protected ConversationRepository conversations;

  @Autowired
  protected CrisisPlanRepository plans;

  @Autowired
  protected SpendRepository spends;

  @Autowired
  protected CrisisCheckInRepository checkIns;

  @Autowired
  protected DecisionRepository decisions;

  @Autowired
  protected InvolvementRepository involvements;

  @Autowired
  protected CrisisPlans crisisPlans;

  /** A contact decided at the front door; returns the person's involvement. */
  protected ProcessInstance involvementFrom(Map<String, Object> contactForm, Map<String, Object> outcome) {
    ProcessInstance contact = startContact("frontdoor", contactForm);
    complete("frontdoor", contact, "Task_DecideContactOutcome", outcome);
    assertThat(contact).isEnded().hasPassed("Event_StartOrJoinInvolvement");
    return involvementOf(contact);
  }

  protected ProcessInstance involvementOf(ProcessInstance contact) {
    String personId = (String) historicVariable(contact, "personId");
    return runtime.createProcessInstanceQuery().processDefinitionKey("involvement").processInstanceBusinessKey(personId)
        .active().singleResult();
  }

  protected Object historicVariable(ProcessInstance instance, String name) {
    return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName(name).singleResult().getValue();
  }

  /** The process (lets-talk-1, lets-talk-2, funding-authorisation) running under {@code root}. */
  protected ProcessInstance called(ProcessInstance root, String processKey) {
    List<ProcessInstance> found = instanceTree(root.getId()).stream()
        .map(id -> runtime.createProcessInstanceQuery().processInstanceId(id).singleResult())
        .filter(p -> p != null && p.getProcessDefinitionId().startsWith(processKey + ":"))
        .toList();
    assertThat(found).as("one running " + processKey).hasSize(1);
    return found.get(0);
  }

  protected UUID personOf(ProcessInstance involvement) {
    return UUID.fromString((String) runtime.getVariable(involvement.getId(), "personId"));
  }

  protected Task openTask(ProcessInstance instance, String taskKey) {
    Task task = task(instance, taskKey);
    assertThat(task).as("open task " + taskKey).isNotNull();
    return task;
  }
}
