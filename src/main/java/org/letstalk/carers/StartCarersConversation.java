package org.letstalk.carers;

import java.util.HashMap;
import java.util.Map;
import org.letstalk.conversation.CarerConversationAccepted;
import org.letstalk.identity.Groups;
import org.letstalk.workflow.Workflow;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A carer who accepts the offer made in the cared-for person's conversation gets a carer's conversation of their
 * own, with the carers' centre [T Part 4], started in the same transaction as the conversation that offered it.
 */
@Component
class StartCarersConversation {

  static final String PROCESS_KEY = "carers-conversation";

  private final Workflow workflow;
  private final Carers carers;

  StartCarersConversation(Workflow workflow, Carers carers) {
    this.workflow = workflow;
    this.carers = carers;
  }

  @EventListener
  void on(CarerConversationAccepted accepted) {
    String caredForId = accepted.personId().toString();
    Map<String, Object> variables = new HashMap<>();
    variables.put("caredForId", caredForId);
    variables.put("caredForName", carers.nameOf(accepted.personId()));
    variables.put("offeredInConversationId", accepted.conversationId().toString());
    variables.put("offeredBy", accepted.offeredBy());
    variables.put("conversationTeam", Groups.CARERS_CENTRE);
    // The practitioner may not start carers' processes themselves; accepting the offer does, as part of the step.
    workflow.asPartOfThisStep(() -> {
      // The carers' centre has yet to take up an earlier acceptance: the same offer twice adds nothing.
      if (!workflow.anyWaitingAt(PROCESS_KEY, "caredForId", caredForId, "Task_RecordCarerDetails")) {
        workflow.start(PROCESS_KEY, caredForId, variables);
      }
      return null;
    });
  }
}
