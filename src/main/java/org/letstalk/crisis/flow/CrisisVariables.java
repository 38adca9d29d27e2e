package org.letstalk.crisis.flow;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.letstalk.conversation.flow.ConversationVariables;
import org.letstalk.crisis.CrisisConversation;
import org.letstalk.crisis.CrisisSettings;
import org.letstalk.crisis.Spend;

/**
 * The variables of lets-talk-2 (processes/lets-talk-2.bpmn): the plan form's fields, and the ids and timer inputs
 * a running crisis plan needs; the plan itself lives in tables.
 */
public final class CrisisVariables {

  static final String TODAY_AND_TOMORROW = "todayAndTomorrow";
  static final String LONG_TERM_FUNDING_CHANGE = "longTermFundingChange";
  static final String PLAN_ACTIONS = "planActions";
  static final String PLAN_END_DATE = "planEndDate";
  static final String SPEND_AMOUNT = "spendAmount";
  static final String SPEND_PURPOSE = "spendPurpose";
  static final String CHECK_IN_NOTES = "checkInNotes";
  static final String PLAN_WORKING = "planWorking";
  static final String CHASE_ACTION = "chaseAction";
  static final String PLAN_DECISION = "planDecision";
  static final String PLAN_DECISION_REASON = "planDecisionReason";
  /** The authoriser's answer, handed back by funding-authorisation. */
  static final String AUTHORISATION_DECISION = "authorisationDecision";

  static final String CRISIS_PLAN_ID = "crisisPlanId";
  static final String PLAN_ENDS_ON = "planEndsOn";
  static final String PLAN_ENDS_AT = "planEndsAt";
  static final String CHECK_IN_INTERVAL = "checkInInterval";
  static final String CHECK_IN_GRACE = "checkInGrace";
  static final String PLAN_ENDING = "planEnding";
  static final String SPEND_NEEDS_APPROVAL = "spendNeedsApproval";
  static final String SPEND_ID = "spendId";
  static final String SPEND_REQUEST_AMOUNT = "spendRequestAmount";
  static final String SPEND_REQUEST_PURPOSE = "spendRequestPurpose";

  /** The plan form's fields, removed once stored so the next plan starts from a clean form. */
  static final List<String> PLAN_FORM = List.of(PLAN_ACTIONS, PLAN_END_DATE, SPEND_AMOUNT, SPEND_PURPOSE);

  /** The plan's end-date review falls due at the start of the working day. */
  static final LocalTime REVIEW_TIME = LocalTime.of(9, 0);
  static final ZoneId COUNCIL_TIME = ZoneId.of("Europe/London");

  private CrisisVariables() {
  }

  /** What the model needs of a plan just made: its ids, its end for the review timer, the check-in timers, a spend. */
  static void planMade(DelegateExecution execution, CrisisConversation recorded, CrisisSettings settings) {
    execution.removeVariables(PLAN_FORM);
    execution.setVariable(ConversationVariables.CONVERSATION_ID, recorded.conversation().getId().toString());
    execution.setVariable(CRISIS_PLAN_ID, recorded.plan().getId().toString());
    execution.setVariable(PLAN_ENDS_ON, recorded.plan().getEndsOn().toString());
    execution.setVariable(PLAN_ENDS_AT,
        Date.from(recorded.plan().getEndsOn().atTime(REVIEW_TIME).atZone(COUNCIL_TIME).toInstant()));
    execution.setVariable(CHECK_IN_INTERVAL, settings.checkInInterval());
    execution.setVariable(CHECK_IN_GRACE, settings.checkInGrace());
    Spend spend = recorded.spend();
    boolean needsApproval = spend != null && spend.needsApproval();
    execution.setVariable(SPEND_NEEDS_APPROVAL, needsApproval);
    execution.setVariable(SPEND_ID, needsApproval ? spend.getId().toString() : null);
    execution.setVariable(SPEND_REQUEST_AMOUNT, needsApproval ? spend.getAmount().doubleValue() : null);
    execution.setVariable(SPEND_REQUEST_PURPOSE, needsApproval ? spend.getPurpose() : null);
  }
}
