package org.letstalk.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Date;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.letstalk.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A step that keeps failing is retried with a back-off and then stops as an incident carrying its message, for
 * Cockpit to show; it is never dropped. The process is built here so nothing in processes/ has to fail.
 */
@PostgresTest
class FailingJobTest {

  @Autowired
  RepositoryService repository;

  @Autowired
  RuntimeService runtime;

  @Autowired
  ManagementService management;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aFailingStepIsRetriedAMinuteApartThenBecomesAnIncidentWithItsMessage() {
    String key = "failing-step-" + UUID.randomUUID().toString().substring(0, 8);
    BpmnModelInstance model = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
        .startEvent()
        .serviceTask("Task_Failing").camundaAsyncBefore().camundaFailedJobRetryTimeCycle("R2/PT1M")
        .camundaExpression("${missingValue}")
        .endEvent().done();
    repository.createDeployment().addModelInstance(key + ".bpmn", model).deploy();
    String instance = runtime.startProcessInstanceByKey(key).getId();
    Date start = new Date();
    ClockUtil.setCurrentTime(start);

    Job job = management.createJobQuery().processInstanceId(instance).singleResult();
    assertThatThrownBy(() -> management.executeJob(job.getId()));
    Job retried = management.createJobQuery().jobId(job.getId()).singleResult();
    assertThat(retried.getRetries()).isEqualTo(1);
    assertThat(retried.getDuedate()).isAfterOrEqualTo(new Date(start.getTime() + 59_000));
    assertThat(retried.getExceptionMessage()).isNotBlank();
    assertThat(runtime.createIncidentQuery().processInstanceId(instance).count()).isZero();

    ClockUtil.setCurrentTime(new Date(start.getTime() + 61_000));
    assertThatThrownBy(() -> management.executeJob(job.getId()));

    Incident incident = runtime.createIncidentQuery().processInstanceId(instance).singleResult();
    assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
    assertThat(incident.getActivityId()).isEqualTo("Task_Failing");
    assertThat(incident.getIncidentMessage()).isEqualTo(retried.getExceptionMessage()).isNotBlank();
    assertThat(management.createJobQuery().jobId(job.getId()).singleResult().getRetries()).isZero();
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count())
        .as("the process waits at the failed step for someone to fix and retry it").isOne();
  }

  @Test
  void aJobWithoutItsOwnCycleUsesTheEngineDefaultOfFiveRetriesAMinuteApart() {
    String key = "failing-default-" + UUID.randomUUID().toString().substring(0, 8);
    BpmnModelInstance model = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
        .startEvent()
        .serviceTask("Task_Failing").camundaAsyncBefore()
        .camundaExpression("${missingValue}")
        .endEvent().done();
    repository.createDeployment().addModelInstance(key + ".bpmn", model).deploy();
    String instance = runtime.startProcessInstanceByKey(key).getId();
    Date start = new Date();
    ClockUtil.setCurrentTime(start);

    Job job = management.createJobQuery().processInstanceId(instance).singleResult();
    assertThatThrownBy(() -> management.executeJob(job.getId()));

    Job retried = management.createJobQuery().jobId(job.getId()).singleResult();
    assertThat(retried.getRetries()).isEqualTo(4);
    assertThat(retried.getDuedate()).isAfterOrEqualTo(new Date(start.getTime() + 59_000));
  }
}
