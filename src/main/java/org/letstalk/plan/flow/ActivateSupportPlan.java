package org.letstalk.plan.flow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.plan.SupportPlans;
import org.letstalk.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** Makes an authorised plan active; reads {@code supportPlanId}. The model then starts its review cycle. */
@Component("activateSupportPlan")
public class ActivateSupportPlan implements JavaDelegate {

  static final String SUPPORT_PLAN_ID = "supportPlanId";

  private final SupportPlans plans;

  public ActivateSupportPlan(SupportPlans plans) {
    this.plans = plans;
  }

  @Override
  public void execute(DelegateExecution execution) {
    plans.activate(ProcessVariables.uuid(execution, SUPPORT_PLAN_ID));
  }
}
