package org.letstalk.plan.flow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.plan.SupportPlans;
import org.letstalk.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * Puts an authorised plan in force, superseding the version it revises; reads {@code supportPlanId} and
 * {@code authorisedBy} (handed back by funding-authorisation). The model then starts or reschedules its cycle.
 */
@Component("activateSupportPlan")
public class ActivateSupportPlan implements JavaDelegate {

  static final String SUPPORT_PLAN_ID = "supportPlanId";

  private final SupportPlans plans;

  public ActivateSupportPlan(SupportPlans plans) {
    this.plans = plans;
  }

  @Override
  public void execute(DelegateExecution execution) {
    plans.activate(ProcessVariables.uuid(execution, SUPPORT_PLAN_ID),
        ProcessVariables.text(execution, ProcessVariables.AUTHORISED_BY));
  }
}
