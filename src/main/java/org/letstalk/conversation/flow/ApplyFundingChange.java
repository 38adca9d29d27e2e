package org.letstalk.conversation.flow;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.conversation.Conversations;
import org.letstalk.plan.PlanType;
import org.letstalk.plan.SupportPlan;
import org.letstalk.plan.SupportPlans;
import org.letstalk.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * An approved Let's Talk 1 funding change [T App A story 1]: the next version of the person's plan at the new
 * weekly cost, in force at once, superseding the version in force in the same transaction. Sets
 * {@code supportPlanId} to the new version for the plan's review cycle.
 */
@Component("applyFundingChange")
public class ApplyFundingChange implements JavaDelegate {

  private final SupportPlans plans;
  private final Conversations conversations;

  public ApplyFundingChange(SupportPlans plans, Conversations conversations) {
    this.plans = plans;
    this.conversations = conversations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Number cost = (Number) execution.getVariable(ConversationVariables.NEW_WEEKLY_COST);
    SupportPlan next = plans.reviseInForce(ProcessVariables.uuid(execution, ProcessVariables.PERSON_ID),
        PlanType.CARE_AND_SUPPORT, BigDecimal.valueOf(cost.doubleValue()).setScale(2, RoundingMode.HALF_UP), null);
    plans.activate(next.getId(), ProcessVariables.text(execution, ProcessVariables.AUTHORISED_BY));
    conversations.fundingChangeApplied(ProcessVariables.uuid(execution, ConversationVariables.CONVERSATION_ID),
        next.getId());
    execution.setVariable(ConversationVariables.SUPPORT_PLAN_ID, next.getId().toString());
  }
}
