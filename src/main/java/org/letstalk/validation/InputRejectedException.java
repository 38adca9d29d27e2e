package org.letstalk.validation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Bad input, every problem found in it, each naming its field in words a person understands. Nothing is stored:
 * the API answers 400, and the engine (through the workflow's translation) refuses the completion so the task
 * stays open.
 */
public class InputRejectedException extends RuntimeException {

  /** One problem: the field at fault and what is wrong with it. */
  public record Problem(String field, String problem) {

    public String message() {
      return field + ": " + problem;
    }
  }

  private final List<Problem> problems;

  public InputRejectedException(String field, String problem) {
    this(List.of(new Problem(field, problem)));
  }

  public InputRejectedException(List<Problem> problems) {
    super(problems.stream().map(Problem::message).collect(Collectors.joining("; ")));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("no problem to report");
    }
    this.problems = List.copyOf(problems);
  }

  /** The field of the first problem. */
  public String getField() {
    return problems.get(0).field();
  }

  /** What is wrong with the first field. */
  public String getProblem() {
    return problems.get(0).problem();
  }

  public List<Problem> getProblems() {
    return problems;
  }
}
