package org.letstalk.validation;

import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One log line for each refused request: the fields and the rules they broke, never what was typed (it may be a
 * name or an NHS number), never a stack trace. A refusal is the user's to put right, so it is a WARN, not an
 * ERROR: ERROR is kept for what an operator must act on.
 */
public final class Refusals {

  private static final Logger LOG = LoggerFactory.getLogger(Refusals.class);

  private Refusals() {
  }

  public static void rejected(InputRejectedException rejected) {
    LOG.warn("Input refused: {}", rejected.getProblems().stream()
        .map(p -> p.field() + " " + withoutValues(p.problem())).collect(Collectors.joining("; ")));
  }

  public static void notAllowed(String what) {
    LOG.info("Not allowed: {}", withoutValues(what));
  }

  public static void notFound(String what) {
    LOG.info("Not found: {}", withoutValues(what));
  }

  /** Rules quote what was typed ({@code 'x' is not one of ...}); the log keeps the rule only. */
  static String withoutValues(String text) {
    return text == null ? "" : text.replaceAll("'[^']*'", "(the value)").replaceAll("\"[^\"]*\"", "(the value)");
  }
}
