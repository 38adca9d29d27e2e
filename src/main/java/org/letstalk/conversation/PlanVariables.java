package org.letstalk.conversation;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.letstalk.conversation.Conversations.CrisisConversation;

/** The ids and timer inputs a running crisis plan needs in lets-talk-2; the plan itself lives in tables. */
final class PlanVariables {

  /** The plan's end-date review falls due at the start of the working day. */
  static final LocalTime REVIEW_TIME = LocalTime.of(9, 0);
  static final ZoneId COUNCIL_TIME = ZoneId.of("Europe/London");

  private PlanVariables() {
  }

  /** The plan form's fields, removed once stored so the next plan starts from a clean form. */
  static final List<String> PLAN_FORM = List.of("planActions", "planEndDate", "spendAmount", "spendPurpose");

  static void set(DelegateExecution execution, CrisisConversation recorded, CrisisSettings settings) {
    execution.removeVariables(PLAN_FORM);
    execution.setVariable("conversationId", recorded.conversation().getId().toString());
    execution.setVariable("crisisPlanId", recorded.plan().getId().toString());
    execution.setVariable("planEndsOn", recorded.plan().getEndsOn().toString());
    execution.setVariable("planEndsAt",
        Date.from(recorded.plan().getEndsOn().atTime(REVIEW_TIME).atZone(COUNCIL_TIME).toInstant()));
    execution.setVariable("checkInInterval", settings.checkInInterval());
    execution.setVariable("checkInGrace", settings.checkInGrace());
    Spend spend = recorded.spend();
    boolean needsApproval = spend != null && spend.needsApproval();
    execution.setVariable("spendNeedsApproval", needsApproval);
    execution.setVariable("spendId", needsApproval ? spend.getId().toString() : null);
    execution.setVariable("spendRequestAmount", needsApproval ? spend.getAmount().doubleValue() : null);
    execution.setVariable("spendRequestPurpose", needsApproval ? spend.getPurpose() : null);
  }
}
