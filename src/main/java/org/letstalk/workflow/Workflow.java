package org.letstalk.workflow;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricTaskInstanceEntity;
import org.camunda.bpm.engine.runtime.MessageCorrelationBuilder;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * The application's calls into the process engine, in one place, so that moving to a Camunda 7 fork changes this
 * package, not every feature. Processes are started only by a named message (a start event a process owner sees
 * in the model), from a feature's {@code flow} package: by a message throw event of another process, or by an
 * entry point of our own API.
 */
@Service
public class Workflow {

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final HistoryService history;
  private final RepositoryService repository;
  private final ProcessEngineConfigurationImpl configuration;
  private final org.camunda.bpm.engine.FormService forms;
  private final AuthorizationService authorizations;

  public Workflow(ProcessEngine engine) {
    this.runtime = engine.getRuntimeService();
    this.tasks = engine.getTaskService();
    this.history = engine.getHistoryService();
    this.repository = engine.getRepositoryService();
    this.configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    this.forms = engine.getFormService();
    this.authorizations = engine.getAuthorizationService();
  }

  /** A task waiting for a person, as the API shows it. */
  public record OpenTask(String id, String name, String taskDefinitionKey) {
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

  /**
   * Runs {@code work} in one engine transaction without the caller's authorization checks: for a change the
   * caller's own checks have allowed (a practitioner raising a concern in a conversation they work on) but which
   * belongs to the council, not to them.
   */
  public <T> T onTheCouncilsBehalf(Supplier<T> work) {
    return translated(() -> configuration.getCommandExecutorTxRequired().execute(command -> {
      boolean checking = command.isAuthorizationCheckEnabled();
      command.disableAuthorizationCheck();
      try {
        return work.get();
      } finally {
        if (checking) {
          command.enableAuthorizationCheck();
        }
      }
    }));
  }

  /** Starts the process whose start event waits for {@code message}; returns the new instance's id. */
  public String startByMessage(String message, String businessKey, Map<String, ?> variables) {
    return translated(() -> {
      MessageCorrelationBuilder correlation = runtime.createMessageCorrelation(message);
      if (businessKey != null) {
        correlation.processInstanceBusinessKey(businessKey);
      }
      return correlation.setVariables(new HashMap<>(variables)).correlateStartMessage().getId();
    });
  }

  /** Delivers a message to the one process waiting for it under this business key. */
  public void correlate(String message, String businessKey, Map<String, ?> variables) {
    translated(() -> runtime.createMessageCorrelation(message).processInstanceBusinessKey(businessKey)
        .setVariables(new HashMap<>(variables)).correlateWithResult());
  }

  /**
   * Delivers a message to the process under this business key if it waits for it now, and to nothing otherwise:
   * for news a process may take when it is ready for it (a step under way picks it up another way).
   */
  public void correlateIfWaiting(String message, String businessKey, Map<String, ?> variables) {
    translated(() -> runtime.createMessageCorrelation(message).processInstanceBusinessKey(businessKey)
        .setVariables(new HashMap<>(variables)).correlateAllWithResult());
  }

  /** Delivers a message to every process waiting for it whose variable has this value; none waiting is no error. */
  public void correlateAllWhere(String message, String variable, Object value) {
    translated(() -> runtime.createMessageCorrelation(message).processInstanceVariableEquals(variable, value)
        .correlateAllWithResult());
  }

  /** Delivers a message to this process instance; its variables go to the scope the message starts or reaches. */
  public void correlateLocal(String message, String processInstanceId, Map<String, ?> variables) {
    translated(() -> runtime.createMessageCorrelation(message).processInstanceId(processInstanceId)
        .setVariablesLocal(new HashMap<>(variables)).correlateWithResult());
  }

  /**
   * A human step already waiting becomes due sooner, and so does the timer that watches its due date: for news
   * that shortens a deadline without starting the step again (whoever holds it keeps it). Never moves one later.
   */
  public void dueSooner(String processInstanceId, String taskKey, String timerActivityId, java.util.Date due) {
    for (org.camunda.bpm.engine.task.Task task : tasks.createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(taskKey).list()) {
      if (task.getDueDate() == null || due.before(task.getDueDate())) {
        task.setDueDate(due);
        tasks.saveTask(task);
      }
    }
    var management = configuration.getManagementService();
    for (org.camunda.bpm.engine.runtime.Job timer : management.createJobQuery().processInstanceId(processInstanceId)
        .activityId(timerActivityId).timers().list()) {
      if (timer.getDuedate() == null || due.before(timer.getDuedate())) {
        management.setJobDuedate(timer.getId(), due);
      }
    }
  }

  /** Every running instance of the process: its id and business key. */
  public Map<String, String> runningInstances(String processKey) {
    Map<String, String> running = new java.util.LinkedHashMap<>();
    runtime.createProcessInstanceQuery().processDefinitionKey(processKey).active().list()
        .forEach(instance -> running.put(instance.getId(), instance.getBusinessKey()));
    return running;
  }

  /** The running instance of the process under this business key, if there is one. */
  public Optional<String> running(String processKey, String businessKey) {
    return Optional.ofNullable(runtime.createProcessInstanceQuery().processDefinitionKey(processKey)
        .processInstanceBusinessKey(businessKey).active().singleResult()).map(ProcessInstance::getId);
  }

  /** Whether a running instance of the process, with these variable values (null: a null value), waits at the activity. */
  public boolean anyWaitingAt(String processKey, Map<String, ?> values, String activityId) {
    var query = runtime.createProcessInstanceQuery().processDefinitionKey(processKey);
    values.forEach(query::variableValueEquals);
    return query.activityIdIn(activityId).active().count() > 0;
  }

  /** How many running processes have this variable value, whoever may see them. */
  public long runningWith(String variable, Object value) {
    return onTheCouncilsBehalf(() -> runtime.createProcessInstanceQuery().variableValueEquals(variable, value).count());
  }

  /** The key of a process definition, as the models name the process. */
  public String processKey(String processDefinitionId) {
    return repository.getProcessDefinition(processDefinitionId).getKey();
  }

  public Object variable(String processInstanceId, String name) {
    return runtime.getVariable(processInstanceId, name);
  }

  /**
   * A variable of a running instance, or null when the instance has ended: read without the caller's authorizations,
   * for the record, which decides itself what its reader sees.
   */
  public Object variableForTheRecord(String processInstanceId, String name) {
    return withoutAuthorization(() -> {
      if (runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() == 0) {
        return null;
      }
      return runtime.getVariable(processInstanceId, name);
    });
  }

  /** A task open about a person, as the record summarises it. */
  public record TaskAbout(String name, Date due, String assignee, List<String> candidateGroups, String processKey) {
  }

  /**
   * The open tasks of every process about this person (its {@code personId} variable), whoever may work on them:
   * read without the caller's authorizations, for the record, which decides itself what its reader sees.
   */
  public List<TaskAbout> openTasksAbout(String personId) {
    return withoutAuthorization(() -> tasks.createTaskQuery()
        .processVariableValueEquals(ProcessVariables.PERSON_ID, personId).active()
        .orderByDueDate().asc().list().stream()
        .map(task -> new TaskAbout(task.getName(), task.getDueDate(), task.getAssignee(),
            tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).toList(),
            repository.getProcessDefinition(task.getProcessDefinitionId()).getKey()))
        .toList());
  }

  /** A task the caller may see in Tasklist, the person it is about ({@code personId}, or null) and its due date. */
  public record TaskInView(String id, String name, String processInstanceId, String processKey,
      String taskDefinitionKey, String personId, Map<String, Object> variables, java.time.Instant due) {
  }

  /**
   * The task, if the caller may see it (the engine checks their authorizations as Tasklist does), with the person it
   * is about; empty for a task that does not exist or is not theirs to see.
   */
  public Optional<TaskInView> taskSeenByCaller(String taskId, String... variableNames) {
    org.camunda.bpm.engine.task.Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
    if (task == null || task.getProcessInstanceId() == null) {
      return Optional.empty();
    }
    Object personId = tasks.getVariable(taskId, ProcessVariables.PERSON_ID);
    Map<String, Object> variables = new HashMap<>();
    for (String name : variableNames) {
      variables.put(name, tasks.getVariable(taskId, name));
    }
    return Optional.of(new TaskInView(task.getId(), task.getName(), task.getProcessInstanceId(),
        withoutAuthorization(() -> repository.getProcessDefinition(task.getProcessDefinitionId()).getKey()),
        task.getTaskDefinitionKey(), personId == null ? null : personId.toString(), variables,
        task.getDueDate() == null ? null : task.getDueDate().toInstant()));
  }

  /**
   * The description of the row of decision table {@code decisionKey} that chose the outcome in this instance (its
   * first evaluation there), as the process owner wrote it in the table; empty when the table was not evaluated there.
   * Read without the caller's authorizations: the caller's own task has already been checked.
   */
  public Optional<String> ruleThatDecided(String processInstanceId, String decisionKey) {
    return withoutAuthorization(() -> history.createHistoricDecisionInstanceQuery()
        .processInstanceId(processInstanceId).decisionDefinitionKey(decisionKey).includeOutputs()
        .orderByEvaluationTime().asc().list().stream().findFirst()
        .flatMap(decision -> decision.getOutputs().stream().findFirst().map(output -> {
          org.camunda.bpm.model.dmn.instance.Rule rule = repository.getDmnModelInstance(
              decision.getDecisionDefinitionId()).getModelElementById(output.getRuleId());
          return rule == null || rule.getDescription() == null ? null : rule.getDescription().getTextContent();
        })));
  }

  /**
   * The Camunda Form a task shows (its JSON), or the start form of a process definition when {@code taskId} is null:
   * read without the caller's authorizations, to name the fields of a refusal in the words the form uses and to give a
   * form what it shows (names, choices).
   */
  public Optional<String> deployedForm(String taskId, String processDefinitionId) {
    try {
      return Optional.of(withoutAuthorization(() -> {
        try (java.io.InputStream form = taskId != null ? forms.getDeployedTaskForm(taskId)
            : forms.getDeployedStartForm(processDefinitionId)) {
          return new String(form.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }));
    } catch (RuntimeException noForm) {
      return Optional.empty();
    }
  }

  /** The id of the latest version of a process, if deployed. */
  public Optional<String> latestDefinitionId(String processKey) {
    return withoutAuthorization(() -> Optional.ofNullable(repository.createProcessDefinitionQuery()
        .processDefinitionKey(processKey).latestVersion().withoutTenantId().singleResult())
        .map(org.camunda.bpm.engine.repository.ProcessDefinition::getId));
  }

  /** The id of the latest version of a process in a tenant (none: without a tenant), if deployed. */
  public Optional<String> latestDefinitionId(String processKey, String tenantId) {
    if (tenantId == null) {
      return latestDefinitionId(processKey);
    }
    return withoutAuthorization(() -> Optional.ofNullable(repository.createProcessDefinitionQuery()
        .processDefinitionKey(processKey).latestVersion().tenantIdIn(tenantId).singleResult())
        .map(org.camunda.bpm.engine.repository.ProcessDefinition::getId));
  }

  /** Whether a process definition with this id is deployed. */
  public boolean definitionExists(String processDefinitionId) {
    return withoutAuthorization(() -> repository.createProcessDefinitionQuery()
        .processDefinitionId(processDefinitionId).count() > 0);
  }

  /** A task open after a step, who may take it (its holder, or the candidate groups), and its process. */
  public record WaitingTask(String name, String assignee, List<String> candidateGroups, String processKey) {
  }

  /**
   * What waits now in the case a user just moved on: the open tasks of the process tree the completed task
   * ({@code taskId}) or the started process ({@code processInstanceId}) belongs to, and the tasks about the same
   * person that the step opened in other processes. Empty unless that user completed the task or started the
   * process, so nobody learns of work in a case they did not touch.
   */
  public List<WaitingTask> waitingAfter(String taskId, String processInstanceId, String userId) {
    return withoutAuthorization(() -> {
      String instance;
      Date since;
      if (taskId != null) {
        org.camunda.bpm.engine.history.HistoricTaskInstance done = history.createHistoricTaskInstanceQuery()
            .taskId(taskId).finished().singleResult();
        if (done == null || !userId.equals(done.getAssignee())) {
          return List.of();
        }
        instance = done.getProcessInstanceId();
        since = done.getEndTime();
      } else {
        HistoricProcessInstance started = history.createHistoricProcessInstanceQuery()
            .processInstanceId(processInstanceId).singleResult();
        if (started == null || !userId.equals(started.getStartUserId())) {
          return List.of();
        }
        instance = started.getId();
        since = started.getStartTime();
      }
      HistoricProcessInstance of = history.createHistoricProcessInstanceQuery().processInstanceId(instance)
          .singleResult();
      String root = of == null || of.getRootProcessInstanceId() == null ? instance : of.getRootProcessInstanceId();
      Map<String, org.camunda.bpm.engine.task.Task> open = new java.util.LinkedHashMap<>();
      List<String> tree = history.createHistoricProcessInstanceQuery().rootProcessInstanceId(root).unfinished().list()
          .stream().map(HistoricProcessInstance::getId).toList();
      if (!tree.isEmpty()) {
        tasks.createTaskQuery().processInstanceIdIn(tree.toArray(String[]::new)).active().orderByTaskCreateTime().asc()
            .list().forEach(task -> open.put(task.getId(), task));
      }
      history.createHistoricVariableInstanceQuery().processInstanceId(instance)
          .variableName(ProcessVariables.PERSON_ID).list().stream().findFirst()
          .map(variable -> variable.getValue()).filter(java.util.Objects::nonNull)
          .ifPresent(personId -> tasks.createTaskQuery()
              .processVariableValueEquals(ProcessVariables.PERSON_ID, personId.toString()).active()
              // Opened by this step: the engine's clock, in the same transaction or a moment after.
              .taskCreatedAfter(new Date(since.getTime() - 2000)).orderByTaskCreateTime().asc().list()
              .forEach(task -> open.putIfAbsent(task.getId(), task)));
      return open.values().stream()
          .map(task -> new WaitingTask(task.getName(), task.getAssignee(),
              tasks.getIdentityLinksForTask(task.getId()).stream()
                  .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                  .map(IdentityLink::getGroupId).toList(),
              repository.getProcessDefinition(task.getProcessDefinitionId()).getKey()))
          .toList();
    });
  }

  private <T> T withoutAuthorization(Supplier<T> read) {
    return configuration.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(read::get));
  }

  /**
   * What moves when a case changes hands: queues (candidate groups) by what replaces them, and the worker. A queue in
   * {@code movedEverywhere} moves on every task of the case; another queue only on tasks whose process holds it in
   * one of {@code queueVariables} (the case's own queue of before teams owned cases, never a role's other work).
   */
  public record CaseWorkMove(Map<String, String> queues, Set<String> movedEverywhere, String fromWorker,
      String toWorker, Set<String> queueVariables, Set<String> workerVariables) {
  }

  /** How much moved: the running processes of the case changed, and the open tasks. */
  public record CaseWorkMoved(int processes, int tasks) {
  }

  /**
   * Moves every running process about the person (its {@code personId} variable, or the person as business key) and
   * every open task of them to the new queue and worker, so each task now open and each one the models make later (a
   * review, a check-in) lands there; on the council's behalf, in the caller's transaction.
   */
  public CaseWorkMoved moveCaseWork(String personId, CaseWorkMove move) {
    return onTheCouncilsBehalf(() -> {
      Set<String> instances = new LinkedHashSet<>();
      runtime.createProcessInstanceQuery().variableValueEquals(ProcessVariables.PERSON_ID, personId).list()
          .forEach(instance -> instances.add(instance.getId()));
      runtime.createProcessInstanceQuery().processInstanceBusinessKey(personId).list()
          .forEach(instance -> instances.add(instance.getId()));
      if (instances.isEmpty()) {
        return new CaseWorkMoved(0, 0);
      }
      // Tasks first: whether a task took its queue from a variable is read before the variables move.
      Set<String> changed = new LinkedHashSet<>();
      int moved = 0;
      Map<String, Holders> holders = new HashMap<>();
      for (Task task : tasks.createTaskQuery().processInstanceIdIn(instances.toArray(String[]::new)).list()) {
        boolean touched = false;
        Holders held = new Holders(new LinkedHashSet<>(), new LinkedHashSet<>());
        for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
          String queue = link.getGroupId();
          if (queue == null || !IdentityLinkType.CANDIDATE.equals(link.getType()) || !move.queues().containsKey(queue)) {
            // The assignee and owner come as links too; they are counted from the task below.
            if (!IdentityLinkType.ASSIGNEE.equals(link.getType()) && !IdentityLinkType.OWNER.equals(link.getType())) {
              held.add(link.getUserId(), queue);
            }
            continue;
          }
          if (move.movedEverywhere().contains(queue) || holdsQueue(task, move.queueVariables(), queue)) {
            tasks.deleteCandidateGroup(task.getId(), queue);
            tasks.addCandidateGroup(task.getId(), move.queues().get(queue));
            held.add(null, move.queues().get(queue));
            touched = true;
          } else {
            held.add(null, queue);
          }
        }
        held.add(task.getOwner(), null);
        if (move.fromWorker() != null && move.fromWorker().equals(task.getAssignee())) {
          tasks.setAssignee(task.getId(), move.toWorker());
          held.add(move.toWorker(), null);
          touched = true;
        } else {
          held.add(task.getAssignee(), null);
        }
        holders.put(task.getId(), held);
        if (touched) {
          moved++;
          changed.add(task.getProcessInstanceId());
        }
      }
      Set<String> names = new LinkedHashSet<>(move.queueVariables());
      names.addAll(move.workerVariables());
      for (VariableInstance variable : runtime.createVariableInstanceQuery()
          .processInstanceIdIn(instances.toArray(String[]::new)).variableNameIn(names.toArray(String[]::new)).list()) {
        Object value = variable.getValue();
        Object replacement = move.queueVariables().contains(variable.getName()) ? move.queues().get(value)
            : move.fromWorker() != null && move.fromWorker().equals(value) ? move.toWorker() : null;
        if (replacement != null && variable.getTaskId() != null) {
          tasks.setVariableLocal(variable.getTaskId(), variable.getName(), replacement);
          changed.add(variable.getProcessInstanceId());
        } else if (replacement != null) {
          runtime.setVariableLocal(variable.getExecutionId(), variable.getName(), replacement);
          changed.add(variable.getProcessInstanceId());
        }
      }
      revokeFormerHolders(holders, instances, move);
      return new CaseWorkMoved(changed.size(), moved);
    });
  }

  /**
   * The engine grants a task's assignee and candidate groups their rights on it, but keeps those grants when the task
   * moves on: the old worker and the old team's queues would still see, claim and complete it. Their grants go on each
   * open task they no longer hold, and any they had on the case's processes.
   */
  private void revokeFormerHolders(Map<String, Holders> holders, Set<String> instances, CaseWorkMove move) {
    Set<String> formerGroups = new LinkedHashSet<>(move.queues().keySet());
    formerGroups.removeAll(move.queues().values());
    Set<String> formerUsers = move.fromWorker() == null || move.fromWorker().equals(move.toWorker()) ? Set.of()
        : Set.of(move.fromWorker());
    holders.forEach((taskId, held) -> {
      Set<String> users = new LinkedHashSet<>(formerUsers);
      users.removeAll(held.users());
      Set<String> groups = new LinkedHashSet<>(formerGroups);
      groups.removeAll(held.groups());
      revoke(Resources.TASK, taskId, users, groups);
      revoke(Resources.HISTORIC_TASK, taskId, users, groups);
    });
    for (String instance : instances) {
      revoke(Resources.PROCESS_INSTANCE, instance, formerUsers, formerGroups);
      revoke(Resources.HISTORIC_PROCESS_INSTANCE, instance, formerUsers, formerGroups);
    }
  }

  /** Who holds a task once the case has moved (read as the move goes: the engine's own reads lag within it). */
  private record Holders(Set<String> users, Set<String> groups) {
    void add(String user, String group) {
      if (user != null) {
        users.add(user);
      }
      if (group != null) {
        groups.add(group);
      }
    }
  }

  private void revoke(Resource resource, String resourceId, Set<String> users, Set<String> groups) {
    List<Authorization> granted = new ArrayList<>();
    if (!users.isEmpty()) {
      granted.addAll(authorizations.createAuthorizationQuery().resourceType(resource).resourceId(resourceId)
          .userIdIn(users.toArray(String[]::new)).list());
    }
    if (!groups.isEmpty()) {
      granted.addAll(authorizations.createAuthorizationQuery().resourceType(resource).resourceId(resourceId)
          .groupIdIn(groups.toArray(String[]::new)).list());
    }
    granted.stream().filter(authorization -> authorization.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT)
        .forEach(authorization -> authorizations.deleteAuthorization(authorization.getId()));
  }

  /** Whether the task's process chose its queue from one of these variables (as it stood before the move). */
  private boolean holdsQueue(Task task, Set<String> queueVariables, String queue) {
    return runtime.createVariableInstanceQuery().processInstanceIdIn(task.getProcessInstanceId())
        .variableNameIn(queueVariables.toArray(String[]::new)).list().stream()
        .anyMatch(variable -> queue.equals(variable.getValue()));
  }

  /** The processes this instance called (its call activities), finished or running. */
  public List<String> called(String processInstanceId) {
    return history.createHistoricProcessInstanceQuery().superProcessInstanceId(processInstanceId).list().stream()
        .map(HistoricProcessInstance::getId).toList();
  }

  /** The caller's own open tasks in the instance, so only what they may see. */
  public List<OpenTask> openTasks(String processInstanceId) {
    return tasks.createTaskQuery().processInstanceId(processInstanceId).initializeFormKeys()
        .orderByTaskCreateTime().asc().list().stream()
        .map(t -> new OpenTask(t.getId(), t.getName(), t.getTaskDefinitionKey())).toList();
  }

  /** Whether the caller may work on a task of this instance of one of these processes. */
  public boolean canWorkOn(String processInstanceId, String... processKeys) {
    return tasks.createTaskQuery().processInstanceId(processInstanceId).processDefinitionKeyIn(processKeys).count() > 0;
  }

  public void complete(String taskId, Map<String, ?> variables) {
    translated(() -> {
      tasks.complete(taskId, new HashMap<>(variables));
      return null;
    });
  }

  /** Puts the open tasks of this activity at the top of every list. */
  public void prioritise(String processInstanceId, String taskDefinitionKey, int priority) {
    tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskDefinitionKey).list()
        .forEach(task -> tasks.setPriority(task.getId(), priority));
  }

  /**
   * Gives the open tasks of this activity to another group as well, due when and as urgent as given, and leaves them
   * with whoever holds them: escalating never takes a task from its holder.
   */
  public void handUp(String processInstanceId, String taskDefinitionKey, String group, Date due, int priority) {
    tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskDefinitionKey).list()
        .forEach(task -> {
          tasks.addCandidateGroup(task.getId(), group);
          task.setDueDate(due);
          task.setPriority(priority);
          tasks.saveTask(task);
        });
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

  /** Whom a process is about: its {@code personId} and {@code contactId} variables, either of which may be null. */
  public record Subject(String processInstanceId, String personId, String contactId) {
  }

  /**
   * Whom each of these processes, running or ended, is about; a process about nobody (an audit round) is left out.
   * Read without the caller's authorizations, for the access log, which records who read what.
   */
  public Map<String, Subject> subjectsOf(java.util.Collection<String> processInstanceIds) {
    Map<String, Subject> subjects = new HashMap<>();
    List<String> ids = processInstanceIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
    for (int from = 0; from < ids.size(); from += 500) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
      withoutAuthorization(() -> history.createHistoricVariableInstanceQuery()
          .processInstanceIdIn(chunk.toArray(String[]::new))
          .variableNameIn(ProcessVariables.PERSON_ID, ProcessVariables.CONTACT_ID).disableBinaryFetching().list())
          .forEach(variable -> {
            if (!(variable.getValue() instanceof String value) || value.isBlank()) {
              return;
            }
            Subject known = subjects.getOrDefault(variable.getProcessInstanceId(),
                new Subject(variable.getProcessInstanceId(), null, null));
            subjects.put(variable.getProcessInstanceId(), ProcessVariables.PERSON_ID.equals(variable.getName())
                ? new Subject(known.processInstanceId(), value, known.contactId())
                : new Subject(known.processInstanceId(), known.personId(), value));
          });
    }
    return subjects;
  }

  /** The process of a task, open or ended, or empty when there is no such task or it belongs to none. */
  public Optional<String> processOfTask(String taskId) {
    return Optional.ofNullable(withoutAuthorization(() -> {
      var task = history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
      return task == null ? null : task.getProcessInstanceId();
    }));
  }

  /** The process of an execution that is still running. */
  public Optional<String> processOfExecution(String executionId) {
    return Optional.ofNullable(withoutAuthorization(() -> {
      var execution = runtime.createExecutionQuery().executionId(executionId).singleResult();
      return execution == null ? null : execution.getProcessInstanceId();
    }));
  }

  /** The process of a variable, by the id the engine's API gives it (running or historic). */
  public Optional<String> processOfVariable(String variableId) {
    return Optional.ofNullable(withoutAuthorization(() -> {
      var variable = history.createHistoricVariableInstanceQuery().variableId(variableId).includeDeleted()
          .disableBinaryFetching().disableCustomObjectDeserialization().singleResult();
      if (variable != null) {
        return variable.getProcessInstanceId();
      }
      // A sensitive variable has no history (SensitiveVariables), only its running value.
      var running = runtime.createVariableInstanceQuery().variableId(variableId).disableBinaryFetching()
          .disableCustomObjectDeserialization().singleResult();
      return running == null ? null : running.getProcessInstanceId();
    }));
  }

  /** The process of one entry of a variable's history (a value it once had), by the id the engine's API gives it. */
  public Optional<String> processOfHistoricDetail(String detailId) {
    return Optional.ofNullable(withoutAuthorization(() -> {
      var detail = history.createHistoricDetailQuery().detailId(detailId).disableBinaryFetching()
          .disableCustomObjectDeserialization().singleResult();
      return detail == null ? null : detail.getProcessInstanceId();
    }));
  }

  private static <T> T translated(Supplier<T> engineCall) {
    try {
      return engineCall.get();
    } catch (RuntimeException thrown) {
      throw RefusalsToEngine.domainCause(thrown);
    }
  }
}
