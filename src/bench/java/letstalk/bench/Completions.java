package letstalk.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How long each completion of a user task takes (the {@code Workflow.complete} call: the engine, the Record step and
 * the domain tables, in one transaction), per journey and task, while {@link #recording} names a journey.
 */
final class Completions {

  private static volatile String recording;
  private static final Map<String, Map<String, List<Double>>> MILLIS = new ConcurrentHashMap<>();

  private Completions() {
  }

  /** Times the completions of the named journey from now on; null stops. */
  static void recording(String journey) {
    recording = journey;
  }

  static void time(String taskKey, Runnable completion) {
    String journey = recording;
    long start = System.nanoTime();
    completion.run();
    if (journey != null) {
      MILLIS.computeIfAbsent(journey, j -> new ConcurrentHashMap<>())
          .computeIfAbsent(taskKey, t -> Collections.synchronizedList(new ArrayList<>()))
          .add((System.nanoTime() - start) / 1e6);
    }
  }

  /** Journey → task → the times recorded, in the order the journey's tasks were first completed. */
  static Map<String, Map<String, List<Double>>> recorded() {
    Map<String, Map<String, List<Double>>> copy = new LinkedHashMap<>();
    MILLIS.forEach((journey, tasks) -> {
      Map<String, List<Double>> byTask = new LinkedHashMap<>();
      tasks.forEach((task, millis) -> {
        synchronized (millis) {
          byTask.put(task, new ArrayList<>(millis));
        }
      });
      copy.put(journey, byTask);
    });
    return copy;
  }
}
