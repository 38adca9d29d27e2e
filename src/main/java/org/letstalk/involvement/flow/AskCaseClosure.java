package org.letstalk.involvement.flow;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.conversation.flow.ConversationVariables;
import org.letstalk.workflow.ProcessVariables;
import org.letstalk.workflow.Workflow;
import org.springframework.stereotype.Component;

/**
 * The message throw event "Ask a team manager to close the case" of review-cycle: a review ended the person's last
 * plan with its closure statement [W ¶193-194], so an episode of the case starts at the team manager's closure
 * authorisation [T 7.18 2.3b]; the case closes only when that is approved. Reads {@code personId},
 * {@code personName}, {@code requestedBy} (who reviewed), {@code conversationTeam} and the closure's reasons
 * ({@code conversationRationale}).
 */
@Component("askCaseClosure")
public class AskCaseClosure implements JavaDelegate {

  static final String CLOSURE_ASKED = "closureAsked";
  static final String REQUESTED_BY = "requestedBy";

  private final Workflow workflow;

  public AskCaseClosure(Workflow workflow) {
    this.workflow = workflow;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String personId = ProcessVariables.text(execution, ProcessVariables.PERSON_ID);
    String reviewer = ProcessVariables.text(execution, REQUESTED_BY);
    Map<String, Object> variables = new HashMap<>();
    variables.put(ProcessVariables.PERSON_ID, personId);
    variables.put(ProcessVariables.PERSON_NAME, ProcessVariables.text(execution, ProcessVariables.PERSON_NAME));
    variables.put(CLOSURE_ASKED, true);
    variables.put(ConversationVariables.CONVERSATION_HELD_BY, reviewer);
    variables.put(ProcessVariables.CONVERSATION_ASSIGNEE, reviewer);
    variables.put(ProcessVariables.CONVERSATION_TEAM, ProcessVariables.text(execution, ProcessVariables.CONVERSATION_TEAM));
    variables.put(InvolvementVariables.CONVERSATION_RATIONALE,
        ProcessVariables.text(execution, InvolvementVariables.CONVERSATION_RATIONALE));
    // The reviewer may not start involvements directly; ending the last plan does, as part of the same step.
    workflow.asPartOfThisStep(() -> workflow.startByMessage(InvolvementVariables.STARTED, personId, variables));
  }
}
