package letstalk.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Starts the packaged application as production does ({@code java -jar} on the extracted jar, with the build's
 * class-data-sharing archive; embedded H2 in a fresh folder, a random port) and reads how long it took to "Started",
 * how long the first request then takes and how much memory it holds once ready.
 */
final class StartupProbe {

  private static final Pattern STARTED =
      Pattern.compile("Started LetsTalkApplication in ([0-9.]+) seconds \\(process running for ([0-9.]+)\\)");
  /** The last thing start-up does: the identity bootstrap after the application is ready. */
  private static final String READY = "Demo mode:";
  private static final int READY_WAIT_SECONDS = 20;

  private static final Pattern PORT = Pattern.compile("Tomcat started on port (?:\\()?(\\d+)");

  /** {@code firstRequestMillis}: Tasklist's page asked for as soon as "Started" is logged, until it is answered. */
  record Startup(double springSeconds, double processSeconds, double rssMegabytes, double firstRequestMillis) {
  }

  private StartupProbe() {
  }

  /** {@code archive}: the class-data-sharing archive the build wrote beside the extracted jar, if there is one. */
  static Startup measure(Path jar, Path archive) throws Exception {
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException("No packaged application at " + jar + "; run through the bench profile");
    }
    Path data = Files.createTempDirectory("letstalk-bench-h2");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java));
    if (archive != null && Files.isRegularFile(archive)) {
      command.add("-XX:SharedArchiveFile=" + archive);
    }
    command.addAll(List.of("-jar", jar.toString(), "--server.port=0",
        "--spring.datasource.url=jdbc:h2:file:" + data.resolve("letstalk") + ";AUTO_SERVER=TRUE"));
    Process app = new ProcessBuilder(command).redirectErrorStream(true).start();
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader log = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = log.readLine(); line != null; line = log.readLine()) {
          lines.add(line);
        }
      } catch (IOException e) {
        // The application has gone; the deadline below reports it.
      }
    });
    reader.setDaemon(true);
    reader.start();
    try {
      Double spring = null;
      Double process = null;
      Integer port = null;
      double firstRequest = Double.NaN;
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
      while (System.nanoTime() < deadline) {
        String line = lines.poll(1, TimeUnit.SECONDS);
        if (line == null) {
          continue;
        }
        Matcher listening = PORT.matcher(line);
        if (listening.find()) {
          port = Integer.valueOf(listening.group(1));
        }
        Matcher started = STARTED.matcher(line);
        if (started.find()) {
          spring = Double.valueOf(started.group(1));
          process = Double.valueOf(started.group(2));
          if (port != null) {
            firstRequest = firstRequest(port);
          }
          // Without demo users there is no ready line: give the bootstrap a moment instead.
          deadline = Math.min(deadline, System.nanoTime() + TimeUnit.SECONDS.toNanos(READY_WAIT_SECONDS));
        }
        if (spring != null && line.contains(READY)) {
          break;
        }
      }
      if (spring == null) {
        throw new IllegalStateException("The application did not report that it had started");
      }
      // Let the last start-up work settle before reading memory.
      Thread.sleep(1000);
      return new Startup(spring, process, rssMegabytes(app.pid()), firstRequest);
    } finally {
      app.destroy();
      if (!app.waitFor(30, TimeUnit.SECONDS)) {
        app.destroyForcibly();
      }
      try (Stream<Path> files = Files.walk(data)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static double firstRequest(int port) throws Exception {
    HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
    long start = System.nanoTime();
    HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
        + "/camunda/app/tasklist/default/")).build(), HttpResponse.BodyHandlers.discarding());
    if (answer.statusCode() >= 400) {
      throw new IllegalStateException("Tasklist's page answered " + answer.statusCode());
    }
    return (System.nanoTime() - start) / 1e6;
  }

  /** Resident set size of a process, from /proc (Linux). */
  static double rssMegabytes(long pid) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", pid == ProcessHandle.current().pid()
        ? "self" : Long.toString(pid), "status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
      }
    }
    throw new IllegalStateException("No VmRSS for process " + pid);
  }
}
