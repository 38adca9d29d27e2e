package org.letstalk.workflow.modelrules;

import java.util.Set;

/**
 * The application's bean names a model may use: {@code steps} are the delegates and listeners a model calls by
 * {@code ${name}}; {@code all} is every bean, so that a model naming a bean that is not a step is caught.
 */
public record Beans(Set<String> steps, Set<String> all) {

  public Beans {
    steps = Set.copyOf(steps);
    all = Set.copyOf(all);
  }
}
