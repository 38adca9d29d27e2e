package org.letstalk;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/** What process tests share: the engine for BPM Assert, acting as a user, and driving time. */
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

  protected Task task(ProcessInstance instance, String taskDefinitionKey) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskDefinitionKey)
        .singleResult();
  }

  protected void complete(String userId, ProcessInstance instance, String taskDefinitionKey, Map<String, Object> form) {
    Task task = task(instance, taskDefinitionKey);
    assertThat(task).as("open task " + taskDefinitionKey).isNotNull();
    as(userId, () -> taskService.complete(task.getId(), new HashMap<>(form)));
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
