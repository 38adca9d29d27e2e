package org.letstalk.longtermsupport;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Stores the written decision for needs that are not eligible [T 2.58-2.61]; hands back the next step. */
@Component("recordNotEligibleDecision")
public class RecordNotEligibleDecision implements JavaDelegate {

  private final LetsTalk3Conversations letsTalk3;

  public RecordNotEligibleDecision(LetsTalk3Conversations letsTalk3) {
    this.letsTalk3 = letsTalk3;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LetsTalk3 record = letsTalk3.notEligible(execution.getProcessInstanceId(), execution.getVariables());
    execution.setVariable("letsTalk3Outcome", record.getOutcome().name());
    execution.setVariable("letsTalk3Rationale", record.getOutcomeRationale());
  }
}
