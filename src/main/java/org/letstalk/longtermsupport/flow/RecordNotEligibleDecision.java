package org.letstalk.longtermsupport.flow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.longtermsupport.LetsTalk3;
import org.letstalk.longtermsupport.LetsTalk3Conversations;
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
    LetsTalk3 record = letsTalk3.notEligible(execution.getProcessInstanceId(),
        LetsTalk3Forms.notEligible(execution.getVariables()));
    execution.setVariable(LetsTalk3Variables.LETS_TALK_3_OUTCOME, record.getOutcome().name());
    execution.setVariable(LetsTalk3Variables.LETS_TALK_3_RATIONALE, record.getOutcomeRationale());
  }
}
