package org.letstalk.carers.flow;

import static org.letstalk.carers.flow.CarersVariables.*;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.carers.Carers;
import org.letstalk.conversation.flow.ConversationVariables;
import org.letstalk.identity.Groups;
import org.letstalk.team.Team;
import org.letstalk.team.TeamDuty;
import org.letstalk.team.Teams;
import org.letstalk.validation.FormInput;
import org.letstalk.workflow.ProcessVariables;
import org.letstalk.workflow.Workflow;
import org.springframework.stereotype.Component;

/**
 * The message throw event "Start the carer's conversation" of lets-talk-1, lets-talk-2 and lets-talk-3: an informal
 * carer who accepted the offer made in the conversation about the person they care for gets a conversation of their
 * own, with the carers' centre [T Part 4; T App B item 7], in the same transaction as the conversation that offered it.
 */
@Component("startCarersConversation")
public class StartCarersConversation implements JavaDelegate {

  /** The carers' centre has yet to take up an earlier acceptance while the process waits here. */
  static final String WAITING_FOR_THE_CARERS_CENTRE = "Task_RecordCarerDetails";

  private final Workflow workflow;
  private final Carers carers;
  private final Teams teams;

  public StartCarersConversation(Workflow workflow, Carers carers, Teams teams) {
    this.workflow = workflow;
    this.carers = carers;
    this.teams = teams;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caredForId = ProcessVariables.text(execution, ProcessVariables.PERSON_ID);
    Map<String, Object> variables = new HashMap<>();
    variables.put(CARED_FOR_ID, caredForId);
    variables.put(CARED_FOR_NAME, carers.nameOf(ProcessVariables.uuid(execution, ProcessVariables.PERSON_ID)));
    variables.put(OFFERED_IN_CONVERSATION_ID, ProcessVariables.text(execution, ConversationVariables.CONVERSATION_ID));
    variables.put(OFFERED_BY, ProcessVariables.text(execution, ConversationVariables.CONVERSATION_HELD_BY));
    // The council's carers' centre team holds the offer until one of its workers takes the carer on.
    variables.put(ProcessVariables.CONVERSATION_TEAM,
        teams.withDuty(TeamDuty.CARERS_CENTRE).map(Team::getGroupId).orElse(Groups.CARERS_CENTRE));
    String carerName = FormInput.read(execution.getVariables(),
        in -> in.optionalText(ConversationVariables.CARER_NAME, FormInput.SHORT_TEXT));
    variables.put(OFFERED_CARER_NAME, carerName);
    Map<String, Object> sameOffer = new HashMap<>();
    sameOffer.put(CARED_FOR_ID, caredForId);
    sameOffer.put(OFFERED_CARER_NAME, carerName);
    // The practitioner may not start carers' processes themselves; accepting the offer does, as part of the step.
    workflow.asPartOfThisStep(() -> {
      // The same carer accepted twice, before the carers' centre has taken up the first, adds nothing; another
      // carer of the same person, named apart, gets a conversation of their own.
      if (!workflow.anyWaitingAt(PROCESS_KEY, sameOffer, WAITING_FOR_THE_CARERS_CENTRE)) {
        workflow.startByMessage(CARER_ACCEPTED, caredForId, variables);
      }
      return null;
    });
  }
}
