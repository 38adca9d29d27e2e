package org.letstalk.review;

import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.plan.SupportPlans;
import org.springframework.stereotype.Component;

/** Applies a reviewed change to the plan; a new weekly cost only arrives here once authorised. */
@Component("applyPlanChange")
public class ApplyPlanChange implements JavaDelegate {

  private final SupportPlans plans;

  public ApplyPlanChange(SupportPlans plans) {
    this.plans = plans;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (Boolean.TRUE.equals(execution.getVariable("costChanged"))) {
      Number cost = (Number) execution.getVariable("weeklyCost");
      plans.changeWeeklyCost(ReviewDelegates.planId(execution), BigDecimal.valueOf(cost.doubleValue()).setScale(2,
          java.math.RoundingMode.HALF_UP));
    }
  }
}
