package letstalk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.letstalk.LetsTalkApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The benchmark of docs/benchmarks.md: start-up and memory, journeys per second against the bare engine and
 * the database's commit ceiling, and inbox latency. Run with {@code ./mvnw -q -B -Pbench verify}.
 */
public final class Benchmark {

  /** Journeys run one after another to count the transactions each commits. */
  private static final int COUNTED_JOURNEYS = 10;
  private static final int FILL_THREADS = 2;

  private final BenchSettings settings;
  private final Report report;
  /** A journey that threw is a fault of the application or the harness: the run fails once the table is written. */
  private long failedJourneys;

  private Benchmark(BenchSettings settings) {
    this.settings = settings;
    this.report = new Report(settings);
  }

  public static void main(String[] args) {
    int status = 0;
    try {
      new Benchmark(BenchSettings.fromSystemProperties()).run();
    } catch (Exception | Error e) {
      e.printStackTrace();
      status = 1;
    }
    // Engine and pool threads must not keep the JVM waiting, and a failure must fail the build.
    System.exit(status);
  }

  private void run() throws Exception {
    System.out.println("Benchmark: " + settings);
    if (settings.measures("startup")) {
      startup();
    }
    if (settings.measures("journeys") || settings.measures("commits") || settings.measures("inbox")) {
      onPostgres();
    }
    report.write();
    System.out.println();
    System.out.println(report.text());
    System.out.println("Written to " + settings.out().toAbsolutePath());
    if (failedJourneys > 0) {
      throw new IllegalStateException(failedJourneys + " journeys failed (the table names the first failure)");
    }
  }

  private void onPostgres() throws Exception {
    try (BenchDatabase db = BenchDatabase.open()) {
      report.header(postgresVersion(db));
      ConfigurableApplicationContext app = new SpringApplicationBuilder(LetsTalkApplication.class,
          BenchConfiguration.class).run(
          "--spring.datasource.url=" + db.url,
          "--spring.datasource.username=" + db.user,
          "--spring.datasource.password=" + db.password,
          "--server.port=0",
          "--spring.main.banner-mode=off",
          "--logging.level.root=WARN");
      try {
        report.memory("benchmark JVM on PostgreSQL, after start-up",
            StartupProbe.rssMegabytes(ProcessHandle.current().pid()));
        Map<String, JourneyFigures> journeys = settings.measures("journeys") ? journeys(app, db) : Map.of();
        if (!journeys.isEmpty()) {
          report.memory("benchmark JVM on PostgreSQL, after the journey runs",
              StartupProbe.rssMegabytes(ProcessHandle.current().pid()));
        }
        Map<Integer, Stats> commits = settings.measures("commits") ? commits(db) : Map.of();
        report.journeys(journeys, commits);
        report.write();
        if (settings.measures("inbox")) {
          inbox(app, db);
        }
      } finally {
        app.close();
      }
    }
  }

  private void startup() throws Exception {
    List<Double> spring = new ArrayList<>();
    List<Double> process = new ArrayList<>();
    List<Double> rss = new ArrayList<>();
    List<Double> firstRequest = new ArrayList<>();
    for (int i = 0; i < settings.startups(); i++) {
      StartupProbe.Startup s = StartupProbe.measure(settings.jar(), settings.archive());
      System.out.printf(Locale.ROOT, "start-up %d: %.1f s to Started, first request %.0f ms, %.0f MB resident%n",
          i + 1, s.processSeconds(), s.firstRequestMillis(), s.rssMegabytes());
      spring.add(s.springSeconds());
      process.add(s.processSeconds());
      rss.add(s.rssMegabytes());
      firstRequest.add(s.firstRequestMillis());
    }
    report.startup(Files.isRegularFile(settings.archive()), System.getenv("JDK_JAVA_OPTIONS"), Stats.of(process),
        Stats.of(spring), Stats.of(firstRequest), Stats.of(rss));
    report.write();
  }

  /** What the table shows for one journey. */
  record JourneyFigures(Map<Integer, Stats> ours, Map<Integer, Stats> bare, Map<Integer, Stats> ratio,
      CommitCounter.Counts commits, CommitCounter.Counts bareCommits, long failed, Throwable firstFailure) {
  }

  private Map<String, JourneyFigures> journeys(ConfigurableApplicationContext app, BenchDatabase db) throws Exception {
    List<Journey> all = app.getBeansOfType(Journey.class).values().stream()
        .sorted(Comparator.comparing(Journey::name)).toList();
    Set<String> keys = new LinkedHashSet<>();
    all.forEach(j -> keys.addAll(j.processKeys()));
    BareModels.deploy(app.getBean(RepositoryService.class), app.getBean(AuthorizationService.class), keys);

    int most = settings.clients().stream().max(Integer::compare).orElse(1);
    // Completions are timed at 4 clients (the target's), or at the most clients when 4 is not among them.
    int completionClients = settings.clients().contains(4) ? 4 : most;
    report.completionClients(completionClients);
    for (Journey journey : all) {
      System.out.println("warm-up: " + journey.name());
      drive(app, journey, false, most, settings.warmupSeconds());
      drive(app, journey, true, most, settings.warmupSeconds());
    }
    Map<String, Map<Integer, List<Double>>> ours = new LinkedHashMap<>();
    Map<String, Map<Integer, List<Double>>> bare = new LinkedHashMap<>();
    Map<String, Map<Integer, List<Double>>> ratio = new LinkedHashMap<>();
    Map<String, Long> failed = new LinkedHashMap<>();
    Map<String, Throwable> firstFailure = new LinkedHashMap<>();
    for (int run = 1; run <= settings.runs(); run++) {
      for (Journey journey : all) {
        for (int clients : settings.clients()) {
          Completions.recording(clients == completionClients ? journey.name() : null);
          Load.Outcome o = drive(app, journey, false, clients, settings.seconds());
          Completions.recording(null);
          Load.Outcome b = drive(app, journey, true, clients, settings.seconds());
          System.out.printf(Locale.ROOT, "run %d, %s, %d clients: %.1f journeys/s, bare %.1f%n", run, journey.name(),
              clients, o.perSecond(), b.perSecond());
          add(ours, journey.name(), clients, o.perSecond());
          add(bare, journey.name(), clients, b.perSecond());
          add(ratio, journey.name(), clients, b.perSecond() / o.perSecond());
          failed.merge(journey.name(), o.failed() + b.failed(), Long::sum);
          Throwable failure = o.firstFailure() != null ? o.firstFailure() : b.firstFailure();
          if (failure != null) {
            firstFailure.putIfAbsent(journey.name(), failure);
          }
        }
      }
    }
    failedJourneys = failed.values().stream().mapToLong(Long::longValue).sum();
    Map<String, JourneyFigures> figures = new LinkedHashMap<>();
    for (Journey journey : all) {
      Client client = new Client(app, 0);
      String name = journey.name();
      figures.put(name, new JourneyFigures(stats(ours.get(name)), stats(bare.get(name)), stats(ratio.get(name)),
          commitsPerJourney(() -> journey.run(client)), commitsPerJourney(() -> journey.runBare(client)),
          failed.get(name), firstFailure.get(name)));
    }
    return figures;
  }

  /** Commits and statements of journeys run one after another, per journey. */
  private static CommitCounter.Counts commitsPerJourney(Runnable journey) {
    CommitCounter.Counts before = CommitCounter.now();
    for (int i = 0; i < COUNTED_JOURNEYS; i++) {
      journey.run();
    }
    CommitCounter.Counts after = CommitCounter.now();
    return new CommitCounter.Counts(perJourney(after.writes() - before.writes()),
        perJourney(after.reads() - before.reads()), perJourney(after.statements() - before.statements()));
  }

  private static long perJourney(long total) {
    return Math.round(total / (double) COUNTED_JOURNEYS);
  }

  private static Load.Outcome drive(ConfigurableApplicationContext app, Journey journey, boolean bare, int clients,
      double seconds) {
    return Load.run(clients, seconds, number -> {
      Client client = new Client(app, number);
      return bare ? () -> journey.runBare(client) : () -> journey.run(client);
    });
  }

  private Map<Integer, Stats> commits(BenchDatabase db) throws Exception {
    Map<Integer, List<Double>> rates = new LinkedHashMap<>();
    CommitCeiling.measure(db, 1, Math.min(5, settings.warmupSeconds()));
    for (int run = 1; run <= settings.runs(); run++) {
      for (int clients : settings.clients()) {
        Load.Outcome o = CommitCeiling.measure(db, clients, settings.seconds());
        System.out.printf(Locale.ROOT, "run %d, insert-and-commit, %d clients: %.0f/s%n", run, clients, o.perSecond());
        rates.computeIfAbsent(clients, c -> new ArrayList<>()).add(o.perSecond());
      }
    }
    CommitCeiling.dropTable(db);
    return stats(rates);
  }

  private void inbox(ConfigurableApplicationContext app, BenchDatabase db) throws Exception {
    InboxLatency inbox = new InboxLatency(app);
    inbox.prepare();
    for (int total : settings.openTasks()) {
      long started = System.nanoTime();
      inbox.fillTo(total, FILL_THREADS);
      System.out.printf(Locale.ROOT, "%d open tasks ready in %.0f s%n", total, (System.nanoTime() - started) / 1e9);
      ProcessEngineConfigurationImpl engine = (ProcessEngineConfigurationImpl) app.getBean(ProcessEngine.class)
          .getProcessEngineConfiguration();
      // bench.inboxVariants=installed measures the application as installed only (the figures of the issue).
      List<EngineIndexes.Variant> variants = "installed".equals(System.getProperty("bench.inboxVariants"))
          ? EngineIndexes.VARIANTS.subList(0, 1) : EngineIndexes.VARIANTS;
      for (EngineIndexes.Variant variant : variants) {
        variant.apply().run(db, engine);
        InboxLatency.analyze(db);
        measureInbox(inbox, total, variant.label());
        variant.undo().run(db, engine);
      }
      InboxLatency.analyze(db);
      report.write();
    }
  }

  private void measureInbox(InboxLatency inbox, int total, String indexes) {
    for (InboxLatency.Latency latency : inbox.measure(settings.samples(), settings.querySeconds())) {
      report.inbox(total, indexes, latency);
      System.out.printf(Locale.ROOT, "%d open tasks, %s, %s: p50 %.1f ms, p95 %.1f ms (%d samples)%n", total,
          indexes, latency.query(), latency.p50(), latency.p95(), latency.samples());
    }
  }

  private static void add(Map<String, Map<Integer, List<Double>>> to, String journey, int clients, double value) {
    to.computeIfAbsent(journey, j -> new LinkedHashMap<>()).computeIfAbsent(clients, c -> new ArrayList<>()).add(value);
  }

  private static Map<Integer, Stats> stats(Map<Integer, List<Double>> values) {
    Map<Integer, Stats> stats = new LinkedHashMap<>();
    values.forEach((k, v) -> stats.put(k, Stats.of(v)));
    return stats;
  }

  private static String postgresVersion(BenchDatabase db) throws Exception {
    try (Connection c = db.connect(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("show server_version")) {
      rs.next();
      return rs.getString(1);
    }
  }

  static void ensureFolder(Path file) throws IOException {
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
  }
}
