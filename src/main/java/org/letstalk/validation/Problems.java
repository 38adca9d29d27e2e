package org.letstalk.validation;

import java.util.ArrayList;
import java.util.List;
import org.letstalk.validation.InputRejectedException.Problem;

/** Problems gathered while checking input, so all of them are reported at once. */
public final class Problems {

  private final List<Problem> found = new ArrayList<>();

  public Problems add(String field, String problem) {
    found.add(new Problem(field, problem));
    return this;
  }

  public Problems addAll(InputRejectedException rejected) {
    found.addAll(rejected.getProblems());
    return this;
  }

  public boolean has(String field) {
    return found.stream().anyMatch(p -> p.field().equals(field));
  }

  public boolean isEmpty() {
    return found.isEmpty();
  }

  /** Throws every problem found, if there is any. */
  public void throwIfAny() {
    if (!found.isEmpty()) {
      throw new InputRejectedException(found);
    }
  }
}
