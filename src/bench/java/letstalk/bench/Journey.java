package letstalk.bench;

import java.util.List;

/**
 * One realistic journey through the application, and the same wait states on the bare copies of its
 * processes. Add a journey by adding one {@code @Component} implementing this interface; the benchmark
 * finds every one and measures each the same way.
 */
public interface Journey {

  /** Short name for the results table. */
  String name();

  /** Keys of the processes the journey goes through; the benchmark deploys a bare copy of each. */
  List<String> processKeys();

  /**
   * Runs one journey through the application's service layer, as the users who would do it.
   *
   * @return the ids of the root process instances the journey went through, to count its transactions
   */
  List<String> run(Client client);

  /** Runs the same journey on the bare copies: same calls and wait states, no domain work. */
  List<String> runBare(Client client);
}
