package letstalk.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.letstalk.workflow.Workflow;
import org.springframework.context.ApplicationContext;

/**
 * One simulated user agent: signs in as a user the way the API filter does (groups looked up once per
 * session) and finds and completes tasks through the same {@link Workflow} facade the API uses.
 */
public final class Client {

  private final ApplicationContext context;
  private final IdentityService identity;
  private final Workflow workflow;
  private final RuntimeService runtime;
  private final Map<String, List<String>> sessions = new HashMap<>();
  private final String prefix;
  private long sequence;

  Client(ApplicationContext context, int number) {
    this.context = context;
    this.identity = context.getBean(IdentityService.class);
    this.workflow = context.getBean(Workflow.class);
    this.runtime = context.getBean(RuntimeService.class);
    this.prefix = "Bench" + Long.toString(System.nanoTime(), 36) + "x" + number + "x";
  }

  /** The key of the bare copy of a process, which the benchmark deploys next to the real one. */
  public static String bare(String processKeyOrMessageName) {
    return "bench-bare-" + processKeyOrMessageName;
  }

  public <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  /** Different on every call in the whole run: unique surnames keep person matches certain. */
  public String unique() {
    return prefix + Long.toString(sequence++, 36);
  }

  public <T> T as(String userId, Supplier<T> work) {
    List<String> groups = sessions.computeIfAbsent(userId,
        id -> identity.createGroupQuery().groupMember(id).list().stream().map(Group::getId).toList());
    identity.setAuthentication(userId, groups);
    try {
      return work.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  /** Starts the bare copy of a process as the user. */
  public String startBare(String userId, String processKey, Map<String, Object> variables) {
    return as(userId, () -> runtime.startProcessInstanceByKey(bare(processKey), new HashMap<>(variables)).getId());
  }

  /**
   * Opens the person's open tasks as the user would (every process of a person's involvement, and the ones it
   * calls, share the person's id as business key) and completes the named task with the form's values.
   */
  public void completePersonTask(String userId, String personId, String taskKey, Map<String, Object> form) {
    as(userId, () -> {
      Task task = bean(TaskService.class).createTaskQuery().processInstanceBusinessKey(personId)
          .taskDefinitionKey(taskKey).active().list().stream()
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("No open " + taskKey + " for " + personId));
      Completions.time(taskKey, () -> workflow.complete(task.getId(), new HashMap<>(form)));
      return null;
    });
  }

  /**
   * Fires the timer waiting at {@code activityId} in the person's process {@code processKey} now, as the job
   * executor does once it is due: days of a plan's life pass in one journey without moving the engine's clock.
   */
  public void fireTimer(String personId, String processKey, String activityId) {
    ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(personId)
        .processDefinitionKey(processKey).active().singleResult();
    if (instance == null) {
      throw new IllegalStateException("No running " + processKey + " for " + personId);
    }
    ManagementService management = bean(ManagementService.class);
    Job timer = management.createJobQuery().processInstanceId(instance.getId()).activityId(activityId).timers()
        .singleResult();
    if (timer == null) {
      throw new IllegalStateException("No timer at " + activityId + " in " + instance.getId());
    }
    management.executeJob(timer.getId());
  }

  /** Opens the instance's task list as the user would and completes the named task with the form's values. */
  public void completeTask(String userId, String processInstanceId, String taskKey, Map<String, Object> form) {
    as(userId, () -> {
      Workflow.OpenTask task = workflow.openTasks(processInstanceId).stream()
          .filter(t -> t.taskDefinitionKey().equals(taskKey))
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("No open " + taskKey + " in " + processInstanceId));
      Completions.time(taskKey, () -> workflow.complete(task.id(), new HashMap<>(form)));
      return null;
    });
  }
}
