package org.letstalk.team.flow;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.letstalk.team.Team;
import org.letstalk.team.Teams;
import org.letstalk.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * Names, in {@code caseTeamManagers}, the managers' queue of the team the person's case is allocated to, so a model
 * can send a manager's work there ({@code candidateGroups="${caseTeamManagers}"}, or the table authorisation-group).
 * Null when the case has no team (opened before teams owned cases, or held by a worker in no team): the model then
 * says where the work goes instead. Read from the case each time, so a case transferred since is followed.
 */
@Component("caseTeam")
public class CaseTeamManagers implements ExecutionListener {

  public static final String CASE_TEAM_MANAGERS = "caseTeamManagers";

  private final Teams teams;

  public CaseTeamManagers(Teams teams) {
    this.teams = teams;
  }

  @Override
  public void notify(DelegateExecution execution) {
    UUID person = ProcessVariables.uuidOrNull(execution, ProcessVariables.PERSON_ID);
    execution.setVariable(CASE_TEAM_MANAGERS,
        person == null ? null : teams.teamOfCase(person).map(Team::getManagersGroupId).orElse(null));
  }
}
