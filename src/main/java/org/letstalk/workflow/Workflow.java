package org.letstalk.workflow;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricTaskInstanceEntity;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * The application's calls into the process engine, in one place, so that moving to a Camunda 7 fork
 * changes this class and its neighbours, not every feature.
 */
@Service
public class Workflow {

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ProcessEngineConfigurationImpl configuration;

  public Workflow(ProcessEngine engine) {
    this.runtime = engine.getRuntimeService();
    this.tasks = engine.getTaskService();
    this.configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
  }

  /**
   * Runs {@code work} inside the engine step under way without the caller's authorization checks: for what a step
   * does on the council's behalf (starting a process the worker may not start directly), which the step's own
   * checks have already allowed. Outside an engine step the checks stay as they are.
   */
  public <T> T asPartOfThisStep(Supplier<T> work) {
    CommandContext command = Context.getCommandContext();
    boolean checking = command != null && command.isAuthorizationCheckEnabled();
    if (checking) {
      command.disableAuthorizationCheck();
    }
    try {
      return work.get();
    } finally {
      if (checking) {
        command.enableAuthorizationCheck();
      }
    }
  }

  public ProcessInstance start(String processKey, String businessKey, Map<String, Object> variables) {
    return runtime.startProcessInstanceByKey(processKey, businessKey, variables);
  }

  /** Whether a running instance of the process, with this variable value, is waiting at the activity. */
  public boolean anyWaitingAt(String processKey, String variable, Object value, String activityId) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(processKey).variableValueEquals(variable, value)
        .activityIdIn(activityId).active().count() > 0;
  }

  /** Delivers a message to the one process waiting for it under this business key. */
  public void correlate(String message, String businessKey, Map<String, Object> variables) {
    runtime.createMessageCorrelation(message).processInstanceBusinessKey(businessKey).setVariables(variables)
        .correlateWithResult();
  }

  public List<Task> openTasks(String processInstanceId) {
    return tasks.createTaskQuery().processInstanceId(processInstanceId).initializeFormKeys()
        .orderByTaskCreateTime().asc().list();
  }

  public void complete(String taskId, Map<String, Object> variables) {
    tasks.complete(taskId, variables);
  }

  /**
   * Whether this task existed and has ended (completed, or cancelled with its process). Read without the
   * caller's authorizations: it tells the loser of a race why their task is gone, nothing more.
   */
  public boolean taskEnded(String taskId) {
    return configuration.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(() -> {
      HistoricTaskInstanceEntity task = context.getHistoricTaskInstanceManager().findHistoricTaskInstanceById(taskId);
      return task != null && task.getEndTime() != null;
    }));
  }
}
