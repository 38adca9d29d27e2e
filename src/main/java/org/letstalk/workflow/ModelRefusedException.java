package org.letstalk.workflow;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;

/** A deployment refused by the model rules, with every problem found in it. */
public class ModelRefusedException extends ProcessEngineException {

  private final List<String> problems;

  public ModelRefusedException(List<String> problems) {
    super("The deployment was refused; nothing of it was deployed. Fix each problem and deploy again: "
        + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
