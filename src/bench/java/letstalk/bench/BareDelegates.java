package letstalk.bench;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;

/**
 * What the application's delegates do to the engine on the journeys' paths, for the bare copies: the variables
 * that later gateways, task names and called processes read, and the processes the delegates start. No domain
 * tables, no validation, no look-ups. Registered by activity id (see {@link NoOp}).
 */
@Component
class BareDelegates {

  BareDelegates() {
    // The front door and the involvement.
    NoOp.does("Event_StartOrJoinInvolvement", BareDelegates::startInvolvement);
    NoOp.does("Task_OpenInvolvement", e -> e.setVariables(Map.of(
        "involvementId", UUID.randomUUID().toString(),
        "nextConversation", Boolean.TRUE.equals(e.getVariable("crisis")) ? "LT2" : "LT1")));

    // Let's Talk 1 and 2.
    NoOp.does("Task_RecordLetsTalk1", e -> {
      concluded(e);
      e.setVariable("conversationId", UUID.randomUUID().toString());
      e.setVariable("carerAcceptedConversation", false);
      e.setVariable("fundingChange", false);
      e.setVariable("newWeeklyCost", null);
    });
    NoOp.does("Task_RecordLetsTalk2", e -> {
      e.removeVariables(List.of("planActions", "planEndDate", "spendAmount", "spendPurpose"));
      e.setVariable("conversationHeldBy", user(e));
      e.setVariable("conversationId", UUID.randomUUID().toString());
      e.setVariable("carerAcceptedConversation", false);
      e.setVariable("crisisPlanId", UUID.randomUUID().toString());
      Instant ends = Instant.now().plus(14, ChronoUnit.DAYS);
      e.setVariable("planEndsOn", ends.toString().substring(0, 10));
      e.setVariable("planEndsAt", Date.from(ends));
      e.setVariable("checkInInterval", "P2D");
      e.setVariable("checkInGrace", "P1D");
      e.setVariable("spendNeedsApproval", false);
      e.setVariable("spendId", null);
      e.setVariable("spendRequestAmount", null);
      e.setVariable("spendRequestPurpose", null);
    });
    NoOp.does("Task_RecordPlanDecision", e -> e.setVariable("planEnding", e.getVariable("planDecision")));
    NoOp.does("Task_RecordCrisisReview", BareDelegates::concluded);

    // Authorisation.
    NoOp.does("Task_RecordAuthorisationRequest", e -> {
      e.setVariable("weeklyCost", number(e.getVariable("weeklyCost")));
      e.setVariable("oneOffAmount", number(e.getVariable("oneOffAmount")));
      e.setVariable("residential", Boolean.TRUE.equals(e.getVariable("residential")));
      e.setVariable("requestWords", "CLOSURE".equals(e.getVariable("requestType")) ? "Authorise closure"
          : "Authorise support plan funding");
    });
    NoOp.does("Task_RecordAuthorisationDecision", e -> {
      // The real delegate writes the decision back from the stored request.
      e.setVariable("authorisationReason", e.getVariable("authorisationReason"));
      e.setVariable("authorisedBy", user(e));
    });

    // Let's Talk 3 and the support plan's review cycle.
    NoOp.does("Task_OpenLetsTalk3", e -> e.setVariable("earlierConversationHeld", true));
    NoOp.does("Task_DetermineEligibility", e -> e.setVariables(Map.of(
        "eligible", true,
        "eligibilityDeterminationId", UUID.randomUUID().toString(),
        "eligibilityDecision", "Eligible: two outcomes not achieved, significant impact on wellbeing")));
    NoOp.does("Task_RecordSupportPlan", e -> e.setVariables(Map.of(
        "supportPlanId", UUID.randomUUID().toString(),
        "planWeeklyCost", 180.0,
        "planWrittenBy", user(e),
        "planSummary", "Support plan, DIRECT_PAYMENT, £180.00 a week")));
    NoOp.does("Task_ActivateSupportPlan", BareDelegates::startReviewCycle);
    NoOp.does("Task_ConcludeLongTermSupport", e -> {
      e.getProcessInstance().setVariable("letsTalk3Outcome", e.getVariable("conclusion"));
      e.getProcessInstance().setVariable("letsTalk3Rationale", "Support plan funded");
    });
    NoOp.does("Task_ScheduleFirstReview", e -> {
      Instant due = Instant.now().plus(56, ChronoUnit.DAYS);
      e.setVariable("reviewId", UUID.randomUUID().toString());
      e.setVariable("reviewKind", "FIRST");
      e.setVariable("reviewDueDate", Date.from(due));
      e.setVariable("reviewNoticeDate", Date.from(due.minus(14, ChronoUnit.DAYS)));
    });
  }

  /** The conversation's outcome, as the involvement reads it back. */
  private static void concluded(DelegateExecution e) {
    e.setVariable("conversationOutcome", e.getVariable("outcome"));
    e.setVariable("conversationRationale", e.getVariable("outcomeRationale"));
    e.setVariable("conversationHeldBy", user(e));
  }

  private static void startInvolvement(DelegateExecution e) {
    Map<String, Object> contact = new HashMap<>();
    for (String name : List.of("contactId", "crisis", "conversationAssignee", "conversationTeam", "presentingNeed",
        "personId", "personName")) {
      contact.put(name, e.getVariable(name));
    }
    String personId = (String) e.getVariable("personId");
    String started = withoutAuthorization(() -> e.getProcessEngineServices().getRuntimeService()
        .startProcessInstanceByKey(Client.bare("involvement"), personId, contact).getId());
    e.setVariable("involvementProcessId", started);
    e.setVariable("joinedInvolvement", false);
  }

  private static void startReviewCycle(DelegateExecution e) {
    String planId = (String) e.getVariable("supportPlanId");
    Map<String, Object> variables = new HashMap<>();
    variables.put("supportPlanId", planId);
    variables.put("personId", e.getVariable("personId"));
    variables.put("personName", e.getVariable("personName"));
    variables.put("planType", "CARE_AND_SUPPORT");
    variables.put("team", e.getVariable("conversationTeam"));
    variables.put("allocatedWorker", e.getVariable("conversationAssignee"));
    e.getProcessEngineServices().getRuntimeService().startProcessInstanceByKey(Client.bare("review-cycle"), planId,
        variables);
  }

  /** The involvement belongs to the council: the real delegate starts it with the check off too. */
  private static <T> T withoutAuthorization(Supplier<T> work) {
    CommandContext command = Context.getCommandContext();
    boolean checking = command.isAuthorizationCheckEnabled();
    command.disableAuthorizationCheck();
    try {
      return work.get();
    } finally {
      if (checking) {
        command.enableAuthorizationCheck();
      }
    }
  }

  private static String user(DelegateExecution e) {
    var authentication = e.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }

  private static Double number(Object value) {
    return value instanceof Number n ? n.doubleValue() : null;
  }
}
