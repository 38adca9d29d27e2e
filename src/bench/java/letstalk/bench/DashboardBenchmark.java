package letstalk.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.letstalk.LetsTalkApplication;
import org.letstalk.dashboard.Metrics;
import org.letstalk.dashboard.Period;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * The dashboard's query times (docs/benchmarks.md, "Dashboard") on the data set of bench/dashboard-data.sql:
 * each section of the page and the whole page over HTTP, for every team and for one team, over 28 days and a
 * year. Run with {@code ./mvnw -q -B -Pbench test-compile exec:exec@dashboard-bench}.
 */
public final class DashboardBenchmark {

  private static final Path DATA = Path.of("bench/dashboard-data.sql");

  private DashboardBenchmark() {
  }

  public static void main(String[] args) {
    int status = 0;
    try {
      run(Integer.getInteger("bench.dashboardSamples", 10), Path.of(System.getProperty("bench.dashboardOut",
          "target/bench/dashboard.md")));
    } catch (Exception | Error e) {
      e.printStackTrace();
      status = 1;
    }
    System.exit(status);
  }

  private static void run(int samples, Path out) throws Exception {
    try (BenchDatabase db = BenchDatabase.open()) {
      ConfigurableApplicationContext app = new SpringApplicationBuilder(LetsTalkApplication.class).run(
          "--spring.datasource.url=" + db.url,
          "--spring.datasource.username=" + db.user,
          "--spring.datasource.password=" + db.password,
          "--server.port=0",
          "--spring.main.banner-mode=off",
          "--logging.level.root=WARN");
      try {
        String team = generate(db);
        Metrics metrics = app.getBean(Metrics.class);
        Clock clock = app.getBean(Clock.class);
        int port = Integer.parseInt(app.getBean(Environment.class).getProperty("local.server.port"));
        LocalDate today = LocalDate.now(clock);
        String lastYear = today.minusDays(364).toString();
        StringBuilder report = new StringBuilder()
            .append("| period | team | section | median ms | slowest ms |\n|---|---|---|---|---|\n");
        for (String[] scope : new String[][] {{"last 28 days", null, null}, {"last 28 days", team, null},
            {"last 365 days", null, lastYear}, {"last 365 days", team, lastYear}}) {
          Period period = Period.parse(scope[2], null, scope[1], clock);
          Map<String, Runnable> sections = sections(metrics, period);
          String query = "/dashboard?" + (scope[2] == null ? "" : "from=" + scope[2])
              + (scope[1] == null ? "" : "&team=" + scope[1]);
          sections.put("**whole page over HTTP**", () -> page(port, query));
          for (Map.Entry<String, Runnable> section : sections.entrySet()) {
            Stats stats = time(section.getValue(), samples);
            String line = String.format(Locale.ROOT, "| %s | %s | %s | %.0f | %.0f |%n", scope[0],
                scope[1] == null ? "every team" : "Bench team 1", section.getKey(), stats.median(), stats.max());
            System.out.print(line);
            report.append(line);
          }
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report.toString());
        System.out.println("Written to " + out.toAbsolutePath());
      } finally {
        app.close();
      }
    }
  }

  private static Map<String, Runnable> sections(Metrics metrics, Period period) {
    Map<String, Runnable> sections = new LinkedHashMap<>();
    sections.put("contacts per day by route and outcome", () -> metrics.contacts(period));
    sections.put("conversations per week by type", () -> metrics.conversations(period));
    sections.put("need met without long-term support", () -> metrics.concluded(period));
    sections.put("days to first conversation", () -> metrics.firstConversation(period));
    sections.put("open crisis plans, check-ins overdue", () -> metrics.crisisPlans(period));
    sections.put("reviews due, done, overdue", () -> metrics.reviews(period));
    sections.put("safeguarding", () -> metrics.safeguarding(period));
    sections.put("funding requests", () -> metrics.funding(period));
    sections.put("audit grades", () -> metrics.audit(period));
    return sections;
  }

  /** Fills the database from bench/dashboard-data.sql unless it holds the data set already; the first bench team. */
  static String generate(BenchDatabase db) throws Exception {
    try (Connection c = db.connect(); Statement s = c.createStatement()) {
      if (!exists(s)) {
        long started = System.nanoTime();
        System.out.println("Generating the dashboard data set (a few minutes) ...");
        s.execute(Files.readString(DATA, StandardCharsets.UTF_8));
        s.execute("vacuum analyze");
        System.out.printf(Locale.ROOT, "Generated in %.0f s%n", (System.nanoTime() - started) / 1e9);
      }
      try (ResultSet rs = s.executeQuery("select id from team where name = 'Bench team 1'")) {
        rs.next();
        return rs.getString(1);
      }
    }
  }

  private static boolean exists(Statement s) throws Exception {
    try (ResultSet rs = s.executeQuery("select count(*) from team where name = 'Bench team 1'")) {
      rs.next();
      return rs.getInt(1) > 0;
    }
  }

  private static void page(int port, String query) {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + query))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
            "teammanager:demo".getBytes(StandardCharsets.UTF_8)))
        .build();
    try {
      HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("GET " + query + " answered " + response.statusCode());
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Milliseconds of each sample, after two runs to warm up. */
  private static Stats time(Runnable work, int samples) {
    work.run();
    work.run();
    List<Double> millis = new ArrayList<>();
    for (int i = 0; i < samples; i++) {
      long started = System.nanoTime();
      work.run();
      millis.add((System.nanoTime() - started) / 1e6);
    }
    return Stats.of(millis);
  }
}
