package org.letstalk.conversation;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Marks a spend above the limit as made once approved, or as not made. */
@Component("recordSpendDecision")
public class RecordSpendDecision implements JavaDelegate {

  private final CrisisPlans crisisPlans;

  public RecordSpendDecision(CrisisPlans crisisPlans) {
    this.crisisPlans = crisisPlans;
  }

  @Override
  public void execute(DelegateExecution execution) {
    crisisPlans.spendDecided(UUID.fromString((String) execution.getVariable("spendId")),
        "APPROVED".equals(execution.getVariable("authorisationDecision")));
  }
}
