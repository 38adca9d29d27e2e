package org.letstalk.review.flow;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.plan.SupportPlans;
import org.letstalk.workflow.ProcessVariables;
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
    if (ProcessVariables.isTrue(execution, ReviewVariables.COST_CHANGED)) {
      Number cost = (Number) execution.getVariable(ReviewVariables.WEEKLY_COST);
      plans.changeWeeklyCost(ReviewVariables.planId(execution),
          BigDecimal.valueOf(cost.doubleValue()).setScale(2, RoundingMode.HALF_UP));
    }
  }
}
