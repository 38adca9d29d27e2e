package org.letstalk.plan;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Makes an authorised plan active, which starts its review cycle; reads {@code supportPlanId}. */
@Component("activateSupportPlan")
public class ActivateSupportPlan implements JavaDelegate {

  private final SupportPlans plans;

  public ActivateSupportPlan(SupportPlans plans) {
    this.plans = plans;
  }

  @Override
  public void execute(DelegateExecution execution) {
    plans.activate(UUID.fromString((String) execution.getVariable("supportPlanId")));
  }
}
