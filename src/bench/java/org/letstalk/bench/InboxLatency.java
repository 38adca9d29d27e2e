package org.letstalk.bench;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.letstalk.identity.Groups;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The queries behind a practitioner's Tasklist inbox and a manager's "my team's overdue tasks", with many
 * open tasks spread over 20 teams, run as those users so the engine's authorization check is part of them.
 */
final class InboxLatency {

  static final int TEAMS = 20;
  static final int PAGE = 15;
  private static final String PROCESS = "bench-open-task";
  private static final int PER_TRANSACTION = 250;

  record Latency(String query, double p50, double p95) {
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

  /** Teams, one practitioner and one manager in each, and a one-task process to fill inboxes quickly. */
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
    context.getBean(RepositoryService.class).createDeployment().name("benchmark open tasks")
        .addModelInstance(PROCESS + ".bpmn", Bpmn.createExecutableProcess(PROCESS)
            .name("Benchmark open task").camundaHistoryTimeToLive(1)
            .startEvent()
            .userTask("Task_Work").name("Conversation: ${personName}")
            .camundaCandidateGroups("${team}").camundaAssignee("${assignee}").camundaDueDate("${due}")
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

  /**
   * Tops the open tasks up to {@code total}: each in a team's queue, one in twenty assigned to the team's
   * practitioner, due between 20 days ago and 40 days ahead (about a third overdue).
   */
  void fillTo(long total, int threads) {
    long missing = total - openTasks();
    if (missing <= 0) {
      return;
    }
    RuntimeService runtime = context.getBean(RuntimeService.class);
    TransactionTemplate transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
    long batches = (missing + PER_TRANSACTION - 1) / PER_TRANSACTION;
    AtomicLong next = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> fillers = new ArrayList<>();
      for (int n = 0; n < threads; n++) {
        fillers.add(pool.submit(() -> {
          for (long batch = next.getAndIncrement(); batch < batches; batch = next.getAndIncrement()) {
            long size = Math.min(PER_TRANSACTION, missing - batch * PER_TRANSACTION);
            long b = batch;
            transaction.executeWithoutResult(status -> startOpenTasks(runtime, b, size));
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

  private static void startOpenTasks(RuntimeService runtime, long batch, long size) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    for (int i = 0; i < size; i++) {
      int t = random.nextInt(TEAMS);
      Map<String, Object> variables = new HashMap<>();
      variables.put("team", team(t));
      variables.put("assignee", random.nextInt(20) == 0 ? worker(t) : null);
      variables.put("due", Date.from(Instant.now().plus(Duration.ofMinutes(random.nextLong(-20 * 1440, 40 * 1440)))));
      variables.put("personName", "Person " + batch + "-" + i);
      runtime.startProcessInstanceByKey(PROCESS, variables);
    }
  }

  List<Latency> measure(int samples) {
    List<Latency> result = new ArrayList<>();
    result.add(time("practitioner's inbox (first page + count)", samples, t -> as(worker(t), List.of(team(t)), () -> {
      List<Task> page = tasks.createTaskQuery()
          .or().taskCandidateGroupIn(List.of(team(t))).taskAssignee(worker(t)).endOr()
          .active().orderByDueDate().asc().listPage(0, PAGE);
      long count = tasks.createTaskQuery()
          .or().taskCandidateGroupIn(List.of(team(t))).taskAssignee(worker(t)).endOr()
          .active().count();
      return page.size() + count;
    })));
    result.add(time("manager's team overdue (first page + count)", samples, t -> as(manager(t),
        List.of(team(t), Groups.TEAM_MANAGERS), () -> {
          Date now = new Date();
          List<Task> page = tasks.createTaskQuery().taskCandidateGroup(team(t)).includeAssignedTasks()
              .dueBefore(now).orderByDueDate().asc().listPage(0, PAGE);
          long count = tasks.createTaskQuery().taskCandidateGroup(team(t)).includeAssignedTasks()
              .dueBefore(now).count();
          return page.size() + count;
        })));
    return result;
  }

  private Latency time(String query, int samples, java.util.function.IntFunction<Long> run) {
    int warmup = Math.max(10, samples / 10);
    List<Double> millis = new ArrayList<>();
    for (int i = 0; i < warmup + samples; i++) {
      long start = System.nanoTime();
      long found = run.apply(i % TEAMS);
      double elapsed = (System.nanoTime() - start) / 1e6;
      if (found == 0) {
        throw new IllegalStateException(query + " found nothing: the set-up is wrong");
      }
      if (i >= warmup) {
        millis.add(elapsed);
      }
    }
    return new Latency(query, Stats.percentile(millis, 50), Stats.percentile(millis, 95));
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
