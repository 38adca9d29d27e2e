package org.letstalk.carers.flow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.carers.CarerLink;
import org.letstalk.carers.Carers;
import org.letstalk.team.Teams;
import org.letstalk.workflow.CompletedTask;
import org.letstalk.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * Links the carer to the person they care for; from here the process is the carer's own: the carer is the
 * person (personId, personName), the business key is the carer's id, and the worker who took the carer on holds
 * their conversations, in their team's queue.
 */
@Component("linkCarer")
public class LinkCarer implements JavaDelegate {

  private final Carers carers;
  private final Teams teams;

  public LinkCarer(Carers carers, Teams teams) {
    this.carers = carers;
    this.teams = teams;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String by = CompletedTask.userId(execution);
    CarerLink link = carers.link(ProcessVariables.uuid(execution, CarersVariables.CARED_FOR_ID),
        CarersForms.details(execution.getVariables()), by);
    execution.setVariable(CarersVariables.CARER_LINK_ID, link.getId().toString());
    execution.setVariable(ProcessVariables.PERSON_ID, link.getCarerId().toString());
    execution.setVariable(ProcessVariables.PERSON_NAME, carers.nameOf(link.getCarerId()));
    execution.setProcessBusinessKey(link.getCarerId().toString());
    // Whoever takes the carer on holds their conversation: no hand-off [N 3.7d].
    execution.setVariable(ProcessVariables.CONVERSATION_ASSIGNEE, by);
    // And their team's queue holds the carer's work, as a team holds any case; one in no team, or in several, leaves
    // it where it waited.
    if (!teams.inNoTeam(by)) {
      teams.queueOf(by, null).ifPresent(queue -> execution.setVariable(ProcessVariables.CONVERSATION_TEAM, queue));
    }
  }
}
