package letstalk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The results as a Markdown table, printed and written to the results file. */
final class Report {

  private final BenchSettings settings;
  private final String started = OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
      .substring(0, 16) + " UTC";
  private String postgres = "(not used)";
  private String startup = "";
  private final Map<String, Double> memory = new LinkedHashMap<>();
  private String journeys = "";
  private final List<String> inboxRows = new ArrayList<>();
  private int completionClients;

  Report(BenchSettings settings) {
    this.settings = settings;
  }

  private static String jvmOptions() {
    String options = System.getenv("JDK_JAVA_OPTIONS");
    return options == null || options.isBlank() ? "none (JVM defaults)" : "`" + options.strip() + "`";
  }

  void header(String postgresVersion) {
    this.postgres = postgresVersion;
  }

  void startup(boolean archive, String jvmOptions, Stats processSeconds, Stats springSeconds, Stats firstRequest,
      Stats rss) {
    startup = "## Start-up and memory (`java " + (archive ? "-XX:SharedArchiveFile=target/app/app.jsa " : "")
        + "-jar target/app/lets-talk-*.jar`, embedded H2, fresh data folder"
        + (jvmOptions == null || jvmOptions.isBlank() ? "" : ", with " + jvmOptions) + ")\n\n"
        + "| figure | median (min–max) | target |\n|---|---|---|\n"
        + "| seconds to \"Started\" (JVM start included) | " + processSeconds.format("%.1f") + " | < 10 |\n"
        + "| seconds to \"Started\" (Spring's own count) | " + springSeconds.format("%.1f") + " | |\n"
        + "| first request after \"Started\" (Tasklist's page), ms | " + firstRequest.format("%.0f") + " | < 1000 |\n"
        + "| resident memory once ready, MB | " + rss.format("%.0f") + " | |\n\n";
  }

  void completionClients(int clients) {
    completionClients = clients;
  }

  void memory(String when, double megabytes) {
    memory.put(when, megabytes);
  }

  void journeys(Map<String, Benchmark.JourneyFigures> figures, Map<Integer, Stats> commits) {
    if (figures.isEmpty() && commits.isEmpty()) {
      return;
    }
    StringBuilder s = new StringBuilder();
    if (!figures.isEmpty()) {
      s.append("## Journeys per second (PostgreSQL)\n\n")
          .append("Median of ").append(settings.runs()).append(" runs of ").append(settings.seconds())
          .append(" s (lowest–highest). Overhead = bare ÷ ours (target ≤ 1.2). Ceiling = commits/s at the same")
          .append(" client count ÷ writing commits per journey; share of ceiling target ≥ 50% at 4 clients.")
          .append(" Commits per journey: writing + read-only.\n\n")
          .append("| journey | clients | ours, journeys/s | bare engine, journeys/s | overhead | commits per journey,")
          .append(" ours / bare | SQL statements per journey, ours / bare | ceiling, journeys/s | share of ceiling")
          .append(" | failed |\n")
          .append("|---|---|---|---|---|---|---|---|---|---|\n");
      figures.forEach((name, f) -> f.ours().forEach((clients, ours) -> {
        Stats commit = commits.get(clients);
        String ceiling = "–";
        String share = "–";
        if (commit != null && f.commits().writes() > 0) {
          double limit = commit.median() / f.commits().writes();
          ceiling = String.format(Locale.ROOT, "%.0f", limit);
          share = String.format(Locale.ROOT, "%.0f%%", 100 * ours.median() / limit);
        }
        s.append("| ").append(name).append(" | ").append(clients).append(" | ").append(ours.format("%.1f"))
            .append(" | ").append(f.bare().get(clients).format("%.1f")).append(" | ")
            .append(f.ratio().get(clients).format("%.2f")).append(" | ")
            .append(f.commits().writes()).append(" + ").append(f.commits().reads()).append(" / ")
            .append(f.bareCommits().writes()).append(" + ").append(f.bareCommits().reads()).append(" | ")
            .append(f.commits().statements()).append(" / ").append(f.bareCommits().statements()).append(" | ")
            .append(ceiling).append(" | ").append(share).append(" | ").append(f.failed()).append(" |\n");
      }));
      figures.forEach((name, f) -> {
        if (f.firstFailure() != null) {
          s.append("\nFirst failure in ").append(name).append(": `").append(f.firstFailure()).append("`\n");
        }
      });
      s.append('\n');
      Map<String, Map<String, List<Double>>> completions = Completions.recorded();
      if (!completions.isEmpty()) {
        s.append("## Completing a task (ours, ").append(completionClients).append(" clients)\n\n")
            .append("Each completion through the `Workflow` facade, as the user, in the measured runs (the engine, the")
            .append(" Record step and the domain tables, one transaction).\n\n")
            .append("| journey | user task | p50 ms | p95 ms (target < 150) | completions |\n|---|---|---|---|---|\n");
        completions.forEach((journey, tasks) -> tasks.forEach((task, millis) -> s.append(String.format(Locale.ROOT,
            "| %s | %s | %.1f | %.1f | %d |%n", journey, task, Stats.percentile(millis, 50),
            Stats.percentile(millis, 95), millis.size()))));
        s.append('\n');
      }
    }
    if (!commits.isEmpty()) {
      s.append("## Database commit ceiling (JDBC, one-row insert per transaction)\n\n")
          .append("| clients | commits/s |\n|---|---|\n");
      commits.forEach((clients, rate) -> s.append("| ").append(clients).append(" | ").append(rate.format("%.0f"))
          .append(" |\n"));
      s.append('\n');
    }
    journeys = s.toString();
  }

  void inbox(int openTasks, String indexes, InboxLatency.Latency latency) {
    inboxRows.add(String.format(Locale.ROOT, "| %,d | %s | %s | %.1f | %.1f | %d |", openTasks, indexes,
        latency.query(), latency.p50(), latency.p95(), latency.samples()));
  }

  String text() {
    StringBuilder s = new StringBuilder("# Let's Talk benchmark results\n\n")
        .append("- run: ").append(started).append('\n')
        .append("- commit: `").append(Git.describe()).append("`\n")
        .append("- machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
        .append(System.getProperty("java.version")).append(", PostgreSQL ").append(postgres).append('\n')
        .append("- settings: ").append(settings).append('\n')
        .append("- JVM options: ").append(jvmOptions()).append("\n\n")
        .append(startup).append(journeys);
    if (!memory.isEmpty()) {
      s.append("## Resident memory of the benchmark JVM (the application plus the benchmark, same JVM defaults)\n\n")
          .append("| when | MB | target |\n|---|---|---|\n");
      memory.forEach((when, mb) -> s.append("| ").append(when).append(" | ")
          .append(String.format(Locale.ROOT, "%.0f", mb)).append(" | ")
          .append(when.contains("journey") ? "< 500" : "").append(" |\n"));
      s.append('\n');
    }
    if (!inboxRows.isEmpty()) {
      s.append("## Inbox latency (").append(InboxLatency.TEAMS).append(" teams, as the user, authorization checks on)\n\n")
          .append("| open tasks | engine schema and settings | query | p50 ms | p95 ms (target < 50 at 100,000) | samples |\n")
          .append("|---|---|---|---|---|---|\n");
      inboxRows.forEach(row -> s.append(row).append('\n'));
      s.append('\n');
    }
    return s.toString();
  }

  void write() throws IOException {
    Benchmark.ensureFolder(settings.out());
    Files.writeString(settings.out(), text());
  }
}
