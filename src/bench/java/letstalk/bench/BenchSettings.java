package letstalk.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** What to measure and for how long, from -Dbench.* properties (defaults in the pom's bench profile). */
record BenchSettings(
    int runs,
    int warmupSeconds,
    int seconds,
    List<Integer> clients,
    List<Integer> openTasks,
    int samples,
    int querySeconds,
    int startups,
    Set<String> sections,
    Path out,
    Path jar,
    Path archive) {

  static BenchSettings fromSystemProperties() {
    return new BenchSettings(
        Integer.getInteger("bench.runs", 3),
        Integer.getInteger("bench.warmup", 5),
        Integer.getInteger("bench.seconds", 8),
        ints(System.getProperty("bench.clients", "1,4,8")),
        ints(System.getProperty("bench.tasks", "10000,100000")),
        Integer.getInteger("bench.samples", 100),
        Integer.getInteger("bench.querySeconds", 10),
        Integer.getInteger("bench.startups", 3),
        Set.of(System.getProperty("bench.sections", "startup,journeys,commits,inbox").split(",")),
        Path.of(System.getProperty("bench.out", "target/bench/results.md")),
        Path.of(System.getProperty("bench.jar", "target/app/lets-talk-0.1.0-SNAPSHOT.jar")),
        Path.of(System.getProperty("bench.archive", "target/app/app.jsa")));
  }

  boolean measures(String section) {
    return sections.contains(section);
  }

  @Override
  public String toString() {
    return "runs " + runs + ", warm-up " + warmupSeconds + " s, " + seconds + " s per run, clients " + clients
        + ", open tasks " + openTasks + ", " + samples + " samples or " + querySeconds + " s per query, " + startups + " start-ups";
  }

  private static List<Integer> ints(String csv) {
    return Arrays.stream(csv.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(Integer::valueOf).toList();
  }
}
