package org.letstalk.involvement.flow;

import static org.letstalk.workflow.ProcessVariables.CONTACT_ID;
import static org.letstalk.workflow.ProcessVariables.INVOLVEMENT_ID;
import static org.letstalk.workflow.ProcessVariables.PERSON_ID;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.involvement.Involvement;
import org.letstalk.involvement.Involvements;
import org.letstalk.team.Team;
import org.letstalk.team.Teams;
import org.letstalk.workflow.ProcessVariables;
import org.letstalk.workflow.Workflow;
import org.springframework.stereotype.Component;

/**
 * Opens the person's case, or joins the one open for them as a new episode; the first conversation is a Let's Talk 2
 * in a crisis, otherwise a Let's Talk 1; an episode asked to close the case after its last plan ended goes straight
 * to the closure's authorisation.
 */
@Component("openInvolvement")
public class OpenInvolvement implements JavaDelegate {

  private final Involvements involvements;
  private final Workflow workflow;
  private final Teams teams;

  public OpenInvolvement(Involvements involvements, Workflow workflow, Teams teams) {
    this.involvements = involvements;
    this.workflow = workflow;
    this.teams = teams;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // One involvement process at a time in a case; a carer's conversation joins the carer's case beside it.
    boolean exclusive = InvolvementVariables.PROCESS_KEY.equals(workflow.processKey(execution.getProcessDefinitionId()));
    // A new case is allocated to the team whose queue holds its conversations and the worker who holds them; a
    // worker in several teams gives no team of their own (the contact's outcome named one).
    String worker = ProcessVariables.text(execution, ProcessVariables.CONVERSATION_ASSIGNEE);
    UUID team = teams.byGroup(ProcessVariables.text(execution, ProcessVariables.CONVERSATION_TEAM)).map(Team::getId)
        .or(() -> teams.onlyTeamOf(worker).map(Team::getId)).orElse(null);
    Involvement involvement = involvements.open(execution.getProcessInstanceId(),
        ProcessVariables.uuid(execution, PERSON_ID), ProcessVariables.uuidOrNull(execution, CONTACT_ID), exclusive,
        team, worker);
    execution.setVariable(INVOLVEMENT_ID, involvement.getId().toString());
    execution.setVariable(InvolvementVariables.NEXT_CONVERSATION,
        ProcessVariables.isTrue(execution, AskCaseClosure.CLOSURE_ASKED) ? "CLOSURE"
            : ProcessVariables.isTrue(execution, InvolvementVariables.CRISIS) ? "LT2" : "LT1");
  }
}
