package org.letstalk.modelcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The process coverage gate. Runs after all tests (failsafe, verify phase) and adds up what every test class
 * recorded in target/process-test-coverage/&lt;test class&gt;/report.json: every flow node and sequence flow of
 * every executable process in processes/ must be passed by some test, or be listed with a reason in
 * src/test/resources/process-coverage-exclusions.txt. A process that no test starts counts as 0%.
 */
class ProcessCoverageGateIT {

  static final Path REPORTS = Path.of("target", "process-test-coverage");
  static final Path EXCLUSIONS = Path.of("src", "test", "resources", "process-coverage-exclusions.txt");
  static final Path SUMMARY = REPORTS.resolve("summary.txt");

  record Exclusion(String process, String element, String reason, int line) {
  }

  @Test
  void everyFlowNodeAndSequenceFlowIsPassedBySomeTest() throws IOException {
    String selected = System.getProperty("letstalk.selectedTests", "");
    assumeTrue(selected.isBlank() || selected.startsWith("${"),
        "Process coverage gate skipped: only some tests ran (-Dtest=" + selected + "); run ./mvnw verify for the gate");

    Map<String, Set<String>> covered = coveredByTests();
    List<Exclusion> exclusions = exclusions();
    List<String> problems = new ArrayList<>();
    StringBuilder summary =
        new StringBuilder("Process test coverage (flow nodes and sequence flows passed by some test)\n");

    Map<String, Map<String, String>> processes = processesInModels();
    for (Exclusion exclusion : exclusions) {
      Map<String, String> elements = processes.get(exclusion.process());
      if (elements == null || !elements.containsKey(exclusion.element())) {
        problems.add(EXCLUSIONS + " line " + exclusion.line() + ": " + exclusion.process() + " has no element "
            + exclusion.element() + " (remove the line)");
      } else if (exclusion.reason().isBlank()) {
        problems.add(EXCLUSIONS + " line " + exclusion.line() + ": give the reason " + exclusion.element()
            + " is not tested");
      }
    }

    processes.forEach((process, elements) -> {
      Set<String> passed = covered.getOrDefault(process, Set.of());
      Set<String> excluded = exclusions.stream().filter(x -> x.process().equals(process)).map(Exclusion::element)
          .collect(Collectors.toSet());
      Set<String> missing = new TreeSet<>(elements.keySet());
      missing.removeAll(passed);
      missing.removeAll(excluded);
      long passedCount = elements.keySet().stream().filter(passed::contains).count();
      summary.append(String.format("  %-32s %5.1f%%  %d of %d passed%s%n", process,
          100.0 * passedCount / elements.size(), passedCount, elements.size(),
          excluded.isEmpty() ? "" : ", " + excluded.size() + " excluded"));
      if (!missing.isEmpty()) {
        problems.add(process + ": no test passes " + missing.stream().map(id -> id + " (" + elements.get(id) + ")")
            .collect(Collectors.joining(", ")));
      }
    });

    Files.createDirectories(REPORTS);
    String notCovered = problems.isEmpty() ? "" : "\nNot covered:\n  " + String.join("\n  ", problems) + "\n";
    Files.writeString(SUMMARY, summary + notCovered);
    System.out.print(summary);
    assertThat(problems)
        .as("Every flow node and sequence flow needs a test that passes it (see target/process-test-coverage/"
            + "<test class>/report.html), or a line in " + EXCLUSIONS + " with the reason")
        .isEmpty();
  }

  /** Process id to its flow nodes and sequence flows (id to element type). */
  static Map<String, Map<String, String>> processesInModels() {
    Map<String, Map<String, String>> processes = new LinkedHashMap<>();
    for (Path file : Models.files(Models.PROCESSES, ".bpmn")) {
      for (Element process : Models.executableProcesses(Models.parse(file))) {
        Map<String, String> elements = new LinkedHashMap<>();
        Models.coverableElements(process).forEach(e -> elements.put(e.getAttribute("id"), e.getLocalName()));
        processes.put(process.getAttribute("id"), elements);
      }
    }
    return processes;
  }

  /** Process id to the element ids any test class's run passed. */
  static Map<String, Set<String>> coveredByTests() throws IOException {
    Map<String, Set<String>> covered = new HashMap<>();
    if (!Files.isDirectory(REPORTS)) {
      return covered;
    }
    ObjectMapper json = new ObjectMapper();
    List<Path> reports;
    try (var files = Files.walk(REPORTS, 2)) {
      reports = files.filter(f -> f.getFileName().toString().equals("report.json")).toList();
    }
    for (Path report : reports) {
      for (JsonNode suite : json.readTree(report.toFile()).path("suites")) {
        for (JsonNode run : suite.path("runs")) {
          for (JsonNode event : run.path("events")) {
            covered.computeIfAbsent(event.path("modelKey").asText(), k -> new TreeSet<>())
                .add(event.path("definitionKey").asText());
          }
        }
      }
    }
    return covered;
  }

  static List<Exclusion> exclusions() throws IOException {
    List<Exclusion> exclusions = new ArrayList<>();
    if (!Files.exists(EXCLUSIONS)) {
      return exclusions;
    }
    List<String> lines = Files.readAllLines(EXCLUSIONS);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\\s+", 3);
      exclusions.add(new Exclusion(parts[0], parts.length > 1 ? parts[1] : "", parts.length > 2 ? parts[2] : "",
          i + 1));
    }
    return exclusions;
  }
}
