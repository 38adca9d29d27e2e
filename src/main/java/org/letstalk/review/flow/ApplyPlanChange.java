package org.letstalk.review.flow;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.plan.SupportPlans;
import org.letstalk.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * A review that changes the plan makes its next version, in force at once: a new weekly cost only arrives here
 * once authorised (by {@code authorisedBy}); a change at the same cost is the reviewer's own.
 */
@Component("applyPlanChange")
public class ApplyPlanChange implements JavaDelegate {

  private final SupportPlans plans;

  public ApplyPlanChange(SupportPlans plans) {
    this.plans = plans;
  }

  @Override
  public void execute(DelegateExecution execution) {
    BigDecimal cost = null;
    String authorisedBy = ProcessVariables.text(execution, ReviewVariables.REVIEWED_BY);
    if (ProcessVariables.isTrue(execution, ReviewVariables.COST_CHANGED)) {
      Number asked = (Number) execution.getVariable(ReviewVariables.WEEKLY_COST);
      cost = BigDecimal.valueOf(asked.doubleValue()).setScale(2, RoundingMode.HALF_UP);
      authorisedBy = ProcessVariables.text(execution, ProcessVariables.AUTHORISED_BY);
    }
    plans.applyReviewedChange(ReviewVariables.planId(execution), cost, authorisedBy);
  }
}
