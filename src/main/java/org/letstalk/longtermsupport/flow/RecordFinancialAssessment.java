package org.letstalk.longtermsupport.flow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.longtermsupport.LetsTalk3Conversations;
import org.springframework.stereotype.Component;

/** Validates and stores the outcome of the financial assessment. */
@Component("recordFinancialAssessment")
public class RecordFinancialAssessment implements JavaDelegate {

  private final LetsTalk3Conversations letsTalk3;

  public RecordFinancialAssessment(LetsTalk3Conversations letsTalk3) {
    this.letsTalk3 = letsTalk3;
  }

  @Override
  public void execute(DelegateExecution execution) {
    letsTalk3.assessFinances(execution.getProcessInstanceId(),
        LetsTalk3Forms.financialAssessment(execution.getVariables()));
  }
}
