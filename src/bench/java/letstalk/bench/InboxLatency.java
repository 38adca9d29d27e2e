package letstalk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.letstalk.identity.Groups;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;

/**
 * A practitioner's Tasklist inbox and a manager's overdue list, with many open tasks spread over 20 teams, read
 * through the REST calls Tasklist makes, signed in as those users, so the engine's authorization check, the REST
 * layer and its JSON are all part of the figure.
 */
final class InboxLatency {

  static final int TEAMS = 20;
  static final int PAGE = 15;
  static final String PASSWORD = "Bench-open-tasks-1";
  private static final String PROCESS = "bench-open-task";
  /** Tasks one process instance opens, in one transaction, at most; they share a queue and a due date. */
  private static final int PER_TRANSACTION = 50;
  /** What Tasklist posts with a filter's list: its own sort after the filter's, and no variables shown. */
  private static final String TASKLIST_BODY = "{\"processVariables\":[],\"taskVariables\":[],"
      + "\"caseInstanceVariables\":[],\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}";
  private static final ObjectMapper JSON = new ObjectMapper();

  record Latency(String query, double p50, double p95, int samples) {
  }

  private final ApplicationContext context;
  private final TaskService tasks;
  private final IdentityService identity;
  private final HttpClient http = HttpClient.newHttpClient();
  private final String rest;

  InboxLatency(ApplicationContext context) {
    this.context = context;
    this.tasks = context.getBean(TaskService.class);
    this.identity = context.getBean(IdentityService.class);
    this.rest = "http://127.0.0.1:" + context.getBean(Environment.class).getProperty("local.server.port")
        + "/engine-rest";
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

  /**
   * Teams, one practitioner and one manager in each, and a process that fills inboxes quickly. It passes the model
   * rules every deployment passes: it reads only its own variables, has a form and a due date and is drawn.
   */
  void prepare() {
    for (int t = 0; t < TEAMS; t++) {
      if (identity.createGroupQuery().groupId(team(t)).count() == 0) {
        Group group = identity.newGroup(team(t));
        group.setName("Benchmark team " + t);
        group.setType("WORKFLOW");
        identity.saveGroup(group);
      }
      user(worker(t), team(t), Groups.PRACTITIONERS);
      user(manager(t), team(t), Groups.TEAM_MANAGERS);
    }
    // One instance opens a whole batch of tasks (parallel multi-instance): the same task rows, identity links and
    // authorizations as separate instances, in a fraction of the set-up time.
    BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS)
        .name("Benchmark open tasks").camundaHistoryTimeToLive(1)
        .startEvent()
        .userTask("Task_Work").name("Open task")
        .camundaFormRef("lets-talk-1").camundaFormRefBinding("latest")
        .camundaCandidateGroups("${benchTeam}")
        .camundaAssignee("${benchAssignee}")
        .camundaDueDate("${benchDue}")
        .multiInstance().parallel().cardinality("${benchTasks}").multiInstanceDone()
        .endEvent()
        .done();
    context.getBean(RepositoryService.class).createDeployment().name("benchmark open tasks")
        .addModelInstance(PROCESS + ".bpmn", model).deploy();
  }

  private void user(String id, String... groups) {
    if (identity.createUserQuery().userId(id).count() == 0) {
      User user = identity.newUser(id);
      user.setFirstName(id);
      user.setLastName("Bench");
      user.setPassword(PASSWORD);
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
   * Tops the open tasks up to {@code total}: batches go round the teams, one team's batch in twenty assigned to its
   * practitioner, each batch due between 20 days ago and 40 days ahead (a third overdue).
   */
  void fillTo(long total, int threads) {
    long missing = total - openTasks();
    if (missing <= 0) {
      return;
    }
    // At least twenty batches a team, so every team has tasks and one batch of each is assigned.
    int perBatch = (int) Math.max(1, Math.min(PER_TRANSACTION, missing / (TEAMS * 20L)));
    long batches = (missing + perBatch - 1) / perBatch;
    RuntimeService runtime = context.getBean(RuntimeService.class);
    AtomicLong next = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> fillers = new ArrayList<>();
      for (int n = 0; n < threads; n++) {
        fillers.add(pool.submit(() -> {
          Random random = new Random();
          for (long batch = next.getAndIncrement(); batch < batches; batch = next.getAndIncrement()) {
            long size = Math.min(perBatch, missing - batch * perBatch);
            int t = (int) (batch % TEAMS);
            Map<String, Object> variables = new HashMap<>();
            variables.put("benchTeam", team(t));
            variables.put("benchAssignee", (batch / TEAMS) % 20 == 0 ? worker(t) : null);
            variables.put("benchDue",
                Date.from(Instant.now().plus(Duration.ofMinutes(random.nextInt(60 * 1440) - 20L * 1440))));
            variables.put("benchTasks", size);
            runtime.startProcessInstanceByKey(PROCESS, variables);
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
   * What Tasklist asks for, each for {@code samples} samples or {@code seconds}, whichever comes first: the list of a
   * filter (first page with its count, as HAL, which is how Tasklist reads it) and the filters with their counts
   * (the sidebar). The practitioner opens "My team's tasks", the manager "Overdue".
   */
  List<Latency> measure(int samples, double seconds) {
    String teams = filterId("My team's tasks");
    String overdue = filterId("Overdue");
    List<Latency> result = new ArrayList<>();
    result.add(time("practitioner's inbox: first page and count (`POST /filter/{My team's tasks}/list`)", samples,
        seconds, t -> listCount(worker(t), teams)));
    result.add(time("practitioner's filters and their counts (`GET /filter?itemCount=true`)", samples, seconds,
        t -> filterCounts(worker(t))));
    result.add(time("manager's overdue list: first page and count (`POST /filter/{Overdue}/list`)", samples, seconds,
        t -> listCount(manager(t), overdue)));
    result.add(time("manager's filters and their counts (`GET /filter?itemCount=true`)", samples, seconds,
        t -> filterCounts(manager(t))));
    return result;
  }

  private String filterId(String name) {
    Filter filter = context.getBean(FilterService.class).createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      throw new IllegalStateException("Tasklist's filter '" + name + "' is missing");
    }
    return filter.getId();
  }

  /** The filter's first page; the count of what it finds. */
  private long listCount(String user, String filter) {
    JsonNode page = send(user, HttpRequest.newBuilder(URI.create(rest + "/filter/" + filter
            + "/list?firstResult=0&maxResults=" + PAGE))
        .header("Accept", "application/hal+json").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(TASKLIST_BODY)));
    if (page.path("_embedded").path("task").size() == 0) {
      return 0;
    }
    return page.path("count").asLong();
  }

  /** What the user's filters count together. */
  private long filterCounts(String user) {
    JsonNode filters = send(user, HttpRequest.newBuilder(URI.create(rest
        + "/filter?resourceType=Task&itemCount=true")).header("Accept", "application/json").GET());
    long found = 0;
    for (JsonNode filter : filters) {
      found += filter.path("itemCount").asLong();
    }
    return found;
  }

  private JsonNode send(String user, HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = http.send(request.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8))).build(),
          HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(response.uri() + " answered " + response.statusCode() + ": "
            + response.body());
      }
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
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
