package letstalk.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.letstalk.LetsTalkApplication;
import org.letstalk.record.ChronologyCursor;
import org.letstalk.record.ChronologyQuery;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * The person's record at scale (docs/benchmarks.md, "The person's record"): the summary, the first and the tenth
 * chronology page and the whole page for a person with 500 entries among the 100,000 people of
 * bench/dashboard-data.sql, over HTTP as a practitioner. Run with
 * {@code ./mvnw -q -B -Pbench test-compile exec:exec@record-bench}; {@code -Dbench.recordDataSet=busy} leaves out the
 * 100,000 people, for a quick check that it runs.
 */
public final class RecordBenchmark {

  private static final Path DATA = Path.of("bench/record-data.sql");
  private static final ObjectMapper JSON = new ObjectMapper();

  private RecordBenchmark() {
  }

  public static void main(String[] args) {
    int status = 0;
    try {
      run(Integer.getInteger("bench.recordSamples", 200), Path.of(System.getProperty("bench.recordOut",
          "target/bench/record.md")), !"busy".equals(System.getProperty("bench.recordDataSet", "full")));
    } catch (Exception | Error e) {
      e.printStackTrace();
      status = 1;
    }
    System.exit(status);
  }

  private static void run(int samples, Path out, boolean amongMany) throws Exception {
    try (BenchDatabase db = BenchDatabase.open()) {
      ConfigurableApplicationContext app = new SpringApplicationBuilder(LetsTalkApplication.class,
          CommitCounter.class).run(
          "--spring.datasource.url=" + db.url,
          "--spring.datasource.username=" + db.user,
          "--spring.datasource.password=" + db.password,
          "--server.port=0",
          "--spring.main.banner-mode=off",
          "--logging.level.root=WARN");
      try {
        if (amongMany) {
          DashboardBenchmark.generate(db);
        } else {
          System.out.println("The busy person alone (bench.recordDataSet=busy): the figures say nothing about scale");
        }
        String person = busyPerson(db);
        int port = Integer.parseInt(app.getBean(Environment.class).getProperty("local.server.port"));
        Map<String, String> reads = new LinkedHashMap<>();
        reads.put("person search, one match (`GET /api/people?name=busy bench`)", "/api/people?name=busy%20bench");
        reads.put("person search, 1,111 matches (`GET /api/people?name=bench12`)", "/api/people?name=bench12");
        reads.put("summary (`GET /api/people/{id}`)", "/api/people/" + person);
        reads.put("first chronology page (`GET /api/people/{id}/chronology`)", "/api/people/" + person + "/chronology");
        reads.put("tenth chronology page (`GET /api/people/{id}/chronology?after=`)", tenthPage(port, person));
        reads.put("the record page (`/people/{id}`: summary and first page)", "/people/" + person);
        StringBuilder report = new StringBuilder("| read | SQL statements | p50 ms | p95 ms | slowest ms | target p95 |\n"
            + "|---|---|---|---|---|---|\n");
        for (Map.Entry<String, String> read : reads.entrySet()) {
          List<Double> millis = time(port, read.getValue(), samples);
          // Counted on one more read, warm: what the read asks of the database whatever else the machine does.
          long before = CommitCounter.now().statements();
          time(port, read.getValue(), 1);
          long statements = CommitCounter.now().statements() - before;
          String line = String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %s |%n", read.getKey(),
              statements, Stats.percentile(millis, 50), Stats.percentile(millis, 95), Stats.percentile(millis, 100),
              read.getKey().startsWith("first") || read.getKey().startsWith("summary") ? "< 100 ms"
                  : read.getKey().startsWith("person search") ? "< 50 ms" : "");
          System.out.print(line);
          report.append(line);
        }
        String tenth = reads.get("tenth chronology page (`GET /api/people/{id}/chronology?after=`)");
        String plans = plans(db, person, ChronologyCursor.parse(tenth.substring(tenth.indexOf("after=") + 6)));
        System.out.print(plans);
        report.append(plans);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report.toString());
        System.out.println("Written to " + out.toAbsolutePath());
      } finally {
        app.close();
      }
    }
  }

  /** The address of the tenth page of the busy person's chronology, following each page's link to the next. */
  private static String tenthPage(int port, String person) throws IOException, InterruptedException {
    String path = "/api/people/" + person + "/chronology";
    for (int page = 1; page < 10; page++) {
      HttpResponse<String> response = HttpClient.newHttpClient().send(get(port, path),
          HttpResponse.BodyHandlers.ofString());
      path = JSON.readTree(response.body()).path("next").asText(null);
      if (path == null) {
        throw new IllegalStateException("the busy person's chronology ended at page " + page);
      }
    }
    return path;
  }

  private static HttpRequest get(int port, String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
            "practitioner:demo".getBytes(StandardCharsets.UTF_8)))
        .build();
  }

  /**
   * How PostgreSQL reads the busy person's contacts and case notes for the tenth page (EXPLAIN, not run): the statements
   * of ContactRepository.chronologyPage and CaseNoteRepository.chronologyPage from the place the ninth page ended.
   */
  private static String plans(BenchDatabase db, String person, ChronologyCursor place) throws Exception {
    String at = "timestamptz '" + place.at() + "'";
    String id = "uuid '" + place.id() + "'";
    String day = "date '" + ChronologyQuery.dayOf(place.at()) + "'";
    String contacts = "(select c.* from contact c where c.person_id = '" + person + "'"
        + " and c.arrived_at >= timestamptz '1900-01-01Z' and c.arrived_at < timestamptz '9999-12-31Z'"
        + " and (c.arrived_at, c.id) <= (" + at + ", " + id + ") and (true or c.safeguarding_concern)"
        + " order by c.arrived_at desc, c.id desc limit 27) union all"
        + " (select c.* from contact c where c.person_id = '" + person + "'"
        + " and c.outcome_decided_at >= timestamptz '1900-01-01Z' and c.outcome_decided_at < timestamptz '9999-12-31Z'"
        + " and (c.outcome_decided_at, c.id) <= (" + at + ", " + id + ")"
        + " order by c.outcome_decided_at desc, c.id desc limit 27)";
    String notes = "select n.*, (select max(v.note_version) from case_note v where v.note_id = n.note_id)"
        + " from case_note n where n.person_id = '" + person + "' and n.note_date >= date '1900-01-01'"
        + " and n.note_date <= " + day + " and (n.note_date < " + day + " or n.id <= " + id + ")"
        + " order by n.note_date desc, n.id desc limit 27";
    StringBuilder text = new StringBuilder("\nThe tenth page's contacts and case notes, as PostgreSQL plans them:\n\n```\n");
    try (Connection c = db.connect(); Statement s = c.createStatement()) {
      for (String sql : List.of(contacts, notes)) {
        try (ResultSet plan = s.executeQuery("explain " + sql)) {
          while (plan.next()) {
            text.append(plan.getString(1)).append('\n');
          }
        }
        text.append('\n');
      }
    }
    return text.append("```\n").toString();
  }

  /** Adds the busy person from bench/record-data.sql unless they are there already; their id. */
  private static String busyPerson(BenchDatabase db) throws Exception {
    try (Connection c = db.connect(); Statement s = c.createStatement()) {
      if (id(s) == null) {
        s.execute(Files.readString(DATA, StandardCharsets.UTF_8));
        s.execute("vacuum analyze");
      }
      return id(s);
    }
  }

  private static String id(Statement s) throws Exception {
    try (ResultSet rs = s.executeQuery("select id from person where name_key = 'busybench'")) {
      return rs.next() ? rs.getString(1) : null;
    }
  }

  /** Milliseconds of each read after a tenth as many to warm up, as the demo practitioner, each one logged. */
  private static List<Double> time(int port, String path, int samples) {
    HttpClient client = HttpClient.newHttpClient();
    HttpRequest request = get(port, path);
    List<Double> millis = new ArrayList<>();
    for (int i = -samples / 10; i < samples; i++) {
      long started = System.nanoTime();
      try {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
          throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
        }
      } catch (IOException e) {
        throw new IllegalStateException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      if (i >= 0) {
        millis.add((System.nanoTime() - started) / 1e6);
      }
    }
    return millis;
  }
}
