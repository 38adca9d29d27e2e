package letstalk.bench;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.letstalk.identity.Groups;
import org.springframework.context.ApplicationContext;

/**
 * The queries behind a practitioner's Tasklist inbox and a manager's "my team's overdue tasks", with many
 * open tasks spread over 20 teams, run as those users so the engine's authorization check is part of them.
 */
final class InboxLatency {

  static final int TEAMS = 20;
  static final int PAGE = 15;
  private static final String PROCESS = "bench-open-task";
  /** Tasks one process instance opens, in one transaction. */
  private static final int PER_TRANSACTION = 250;

  record Latency(String query, double p50, double p95, int samples) {
  }

  private final ApplicationContext context;
  private final TaskService tasks;
  private final IdentityService identity;

  InboxLatency(ApplicationContext context) {
    this.context = context;
    this.tasks = context.getBean(TaskService.class);
    this.identity = context.getBean(IdentityService.class);
  }

  static String team(int t) {
    return String.format("bench-team-%02d", t);
  }

  static String worker(int t) {
    return String.format("bench-worker-%02d", t);
  }

  static String manager(int t) {
    return String.format("bench-manager-%02d", t);
  }

  /** Teams, one practitioner and one manager in each, and a process that fills inboxes quickly. */
  void prepare() {
    for (int t = 0; t < TEAMS; t++) {
      if (identity.createGroupQuery().groupId(team(t)).count() == 0) {
        Group group = identity.newGroup(team(t));
        group.setName("Benchmark team " + t);
        group.setType("WORKFLOW");
        identity.saveGroup(group);
      }
      user(worker(t), team(t));
      user(manager(t), team(t), Groups.TEAM_MANAGERS);
    }
    // One instance opens a whole batch of tasks (parallel multi-instance): the same task rows, identity links
    // and authorizations as separate instances, in a fraction of the set-up time.
    context.getBean(RepositoryService.class).createDeployment().name("benchmark open tasks")
        .addModelInstance(PROCESS + ".bpmn", Bpmn.createExecutableProcess(PROCESS)
            .name("Benchmark open tasks").camundaHistoryTimeToLive(1)
            .startEvent()
            .userTask("Task_Work").name("Conversation ${loopCounter}")
            .camundaCandidateGroups("${benchOpenTask.team(execution)}")
            .camundaAssignee("${benchOpenTask.assignee(execution)}")
            .camundaDueDate("${benchOpenTask.due(execution)}")
            .multiInstance().parallel().cardinality("${tasks}").multiInstanceDone()
            .endEvent()
            .done())
        .deploy();
  }

  private void user(String id, String... groups) {
    if (identity.createUserQuery().userId(id).count() == 0) {
      User user = identity.newUser(id);
      user.setFirstName(id);
      user.setLastName("Bench");
      identity.saveUser(user);
      for (String group : groups) {
        identity.createMembership(id, group);
      }
    }
  }

  long openTasks() {
    return tasks.createTaskQuery().processDefinitionKey(PROCESS).count();
  }

  /** Tops the open tasks up to {@code total}, spread over the teams as {@link OpenTask} says. */
  void fillTo(long total, int threads) {
    long missing = total - openTasks();
    if (missing <= 0) {
      return;
    }
    RuntimeService runtime = context.getBean(RuntimeService.class);
    long batches = (missing + PER_TRANSACTION - 1) / PER_TRANSACTION;
    AtomicLong next = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> fillers = new ArrayList<>();
      for (int n = 0; n < threads; n++) {
        fillers.add(pool.submit(() -> {
          for (long batch = next.getAndIncrement(); batch < batches; batch = next.getAndIncrement()) {
            long size = Math.min(PER_TRANSACTION, missing - batch * PER_TRANSACTION);
            runtime.startProcessInstanceByKey(PROCESS, Map.of("tasks", size));
          }
          return null;
        }));
      }
      for (Future<?> filler : fillers) {
        filler.get();
      }
    } catch (Exception e) {
      throw new IllegalStateException("Could not create the open tasks", e);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Tasklist shows the first page and the count of a filter: both are timed, each for {@code samples}
   * samples or {@code seconds}, whichever comes first.
   */
  List<Latency> measure(int samples, double seconds) {
    List<Latency> result = new ArrayList<>();
    result.add(time("practitioner's inbox: first page", samples, seconds,
        t -> as(worker(t), List.of(team(t)), () -> (long) inbox(t).listPage(0, PAGE).size())));
    result.add(time("practitioner's inbox: count", samples, seconds,
        t -> as(worker(t), List.of(team(t)), () -> inbox(t).count())));
    result.add(time("manager's team overdue: first page", samples, seconds,
        t -> as(manager(t), List.of(team(t), Groups.TEAM_MANAGERS), () -> (long) overdue(t).listPage(0, PAGE).size())));
    result.add(time("manager's team overdue: count", samples, seconds,
        t -> as(manager(t), List.of(team(t), Groups.TEAM_MANAGERS), () -> overdue(t).count())));
    return result;
  }

  /** What the practitioner may pick up from their teams' queues, and what is theirs, soonest due first. */
  private TaskQuery inbox(int t) {
    return tasks.createTaskQuery()
        .or().taskCandidateGroupIn(List.of(team(t))).taskAssignee(worker(t)).endOr()
        .active().orderByDueDate().asc();
  }

  /** The team's tasks past their due date, whoever holds them, most overdue first. */
  private TaskQuery overdue(int t) {
    return tasks.createTaskQuery().taskCandidateGroup(team(t)).includeAssignedTasks().dueBefore(new Date())
        .orderByDueDate().asc();
  }

  /**
   * Warms up with a tenth of the samples or a fifth of the time (at least 2 runs), then measures until the
   * samples or the time are used up (at least 5 samples), so a query taking seconds cannot stretch the run.
   */
  private Latency time(String query, int samples, double seconds, IntFunction<Long> run) {
    long warmupEnds = System.nanoTime() + (long) (seconds / 5 * 1e9);
    int i = 0;
    while (i < 2 || (i < samples / 10 && System.nanoTime() < warmupEnds)) {
      once(query, run, i++);
    }
    List<Double> millis = new ArrayList<>();
    long deadline = System.nanoTime() + (long) (seconds * 1e9);
    while (millis.size() < samples && (millis.size() < 5 || System.nanoTime() < deadline)) {
      millis.add(once(query, run, i++));
    }
    return new Latency(query, Stats.percentile(millis, 50), Stats.percentile(millis, 95), millis.size());
  }

  private static double once(String query, IntFunction<Long> run, int i) {
    long start = System.nanoTime();
    long found = run.apply(i % TEAMS);
    double elapsed = (System.nanoTime() - start) / 1e6;
    if (found == 0) {
      throw new IllegalStateException(query + " found nothing: the set-up is wrong");
    }
    return elapsed;
  }

  private <T> T as(String user, List<String> groups, Supplier<T> work) {
    identity.setAuthentication(user, groups);
    try {
      return work.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  /** Fresh planner statistics, as autovacuum would have them on a live system. */
  static void analyze(BenchDatabase db) throws Exception {
    try (Connection c = db.connect(); Statement s = c.createStatement()) {
      for (String table : List.of("act_ru_task", "act_ru_identitylink", "act_ru_authorization", "act_ru_execution",
          "act_ru_variable")) {
        s.execute("analyze " + table);
      }
    }
  }
}
