package org.letstalk;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What process tests share: the engine for BPM Assert, whose own helpers find tasks and called processes
 * ({@code task(key, instance)}, {@code calledProcessInstance(key, instance)}); acting as a user; reaching an
 * involvement through the front door; deciding an authorisation; and driving time.
 *
 * <p>Test helpers are named one way: a {@code *TestSupport} is a base class of tests that drive processes, a
 * {@code *Fixtures} builds their input and records (forms, people, a world to audit).
 */
public abstract class ProcessTestSupport {

  @Autowired
  protected ProcessEngine engine;

  @Autowired
  protected RuntimeService runtime;

  @Autowired
  protected TaskService taskService;

  @Autowired
  protected IdentityService identity;

  @Autowired
  protected ManagementService management;

  @BeforeEach
  void initAssertions() {
    AbstractAssertions.init(engine);
  }

  @AfterEach
  void resetAssertionsAndClock() {
    AbstractAssertions.reset();
    identity.clearAuthentication();
    ClockUtil.reset();
  }

  /** Runs {@code work} as a demo user with the groups the identity service gives them. */
  protected <T> T as(String userId, Supplier<T> work) {
    List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    identity.setAuthentication(userId, groups);
    try {
      return work.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  protected void as(String userId, Runnable work) {
    as(userId, () -> {
      work.run();
      return null;
    });
  }

  protected ProcessInstance startContact(String userId, Map<String, Object> form) {
    return as(userId, () -> runtime.startProcessInstanceByKey("new-contact", new HashMap<>(form)));
  }

  /** Completes the open task {@code taskDefinitionKey} of {@code instance} as {@code userId}, as Tasklist does. */
  protected void complete(String userId, ProcessInstance instance, String taskDefinitionKey, Map<String, Object> form) {
    Task task = task(taskDefinitionKey, instance);
    assertThat(task).as("open task " + taskDefinitionKey).isNotNull();
    as(userId, () -> BpmnAwareTests.complete(task, new HashMap<>(form)));
  }

  /** A contact decided at the front door; returns the person's involvement it started or joined. */
  protected ProcessInstance involvementFrom(Map<String, Object> contactForm, Map<String, Object> outcome) {
    ProcessInstance contact = startContact("frontdoor", contactForm);
    complete("frontdoor", contact, "Task_DecideContactOutcome", outcome);
    assertThat(contact).isEnded().hasPassed("Event_StartOrJoinInvolvement");
    return involvementOf(contact);
  }

  /** The running involvement of the person a contact was about. */
  protected ProcessInstance involvementOf(ProcessInstance contact) {
    String personId = (String) historicVariable(contact, "personId");
    return runtime.createProcessInstanceQuery().processDefinitionKey("involvement").processInstanceBusinessKey(personId)
        .active().singleResult();
  }

  /** A variable of a process, also once it has ended. */
  protected Object historicVariable(ProcessInstance instance, String name) {
    return historyService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName(name).singleResult().getValue();
  }

  /** The one way tests approve an authorisation: {@code managerId} decides its open task. */
  protected void approveAuthorisation(String managerId, ProcessInstance authorisation) {
    complete(managerId, authorisation, "Task_DecideAuthorisation", Map.of("authorisationDecision", "APPROVED"));
  }

  protected void approveAuthorisation(String managerId, ProcessInstance authorisation, String reason) {
    decideAuthorisation(managerId, authorisation, "APPROVED", reason);
  }

  /** {@code managerId} approves, declines or returns an authorisation, giving a reason. */
  protected void decideAuthorisation(String managerId, ProcessInstance authorisation, String decision, String reason) {
    complete(managerId, authorisation, "Task_DecideAuthorisation",
        Map.of("authorisationDecision", decision, "authorisationReason", reason));
  }

  /**
   * Moves the engine clock and runs the jobs then due in this process and the processes it called, as the
   * job executor would; other tests' processes are left alone.
   */
  protected void advanceTimeAndRunDueJobs(Date to, ProcessInstance root) {
    ClockUtil.setCurrentTime(to);
    for (int round = 0; round < 50; round++) {
      List<Job> due = instanceTree(root.getId()).stream()
          .flatMap(id -> management.createJobQuery().processInstanceId(id).executable().list().stream())
          .toList();
      if (due.isEmpty()) {
        return;
      }
      // A job run earlier in the round may have removed this one (an interrupting timer ends its siblings).
      due.stream().filter(job -> management.createJobQuery().jobId(job.getId()).count() > 0)
          .forEach(job -> management.executeJob(job.getId()));
    }
  }

  protected List<String> instanceTree(String processInstanceId) {
    List<String> ids = new java.util.ArrayList<>(List.of(processInstanceId));
    runtime.createProcessInstanceQuery().superProcessInstanceId(processInstanceId).list()
        .forEach(child -> ids.addAll(instanceTree(child.getId())));
    return ids;
  }
}
