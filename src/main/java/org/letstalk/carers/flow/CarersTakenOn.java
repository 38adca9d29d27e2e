package org.letstalk.carers.flow;

import static org.letstalk.carers.flow.CarersVariables.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.letstalk.carers.Carers;
import org.letstalk.identity.Groups;
import org.letstalk.team.Team;
import org.letstalk.team.TeamDuty;
import org.letstalk.team.Teams;
import org.letstalk.validation.InputRejectedException;
import org.letstalk.web.NextTask;
import org.letstalk.workflow.ProcessVariables;
import org.letstalk.workflow.Workflow;
import org.springframework.stereotype.Service;

/**
 * A carer the carers' centre takes on without an offer from the cared-for person's conversation [T 2.9]: the
 * carer's conversation starts by its own start event "Carer came to the carers' centre" (message
 * carer-came-forward), and the carers' centre then records who the carer is.
 */
@Service
public class CarersTakenOn {

  static final String CAME_FORWARD = "carer-came-forward";

  private final Workflow workflow;
  private final Carers carers;
  private final Teams teams;

  public CarersTakenOn(Workflow workflow, Carers carers, Teams teams) {
    this.teams = teams;
    this.workflow = workflow;
    this.carers = carers;
  }

  /** Starts the carer's conversation for whoever cares for {@code caredForId}; returns its process instance. */
  public String start(UUID caredForId, String by) {
    if (!carers.personExists(caredForId)) {
      throw new InputRejectedException("caredForId", "no such person");
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put(CARED_FOR_ID, caredForId.toString());
    variables.put(CARED_FOR_NAME, carers.nameOf(caredForId));
    variables.put(OFFERED_BY, by);
    // The queue of the team of whoever takes the carer on; the carers' centre's team for someone in no team or several.
    Optional<String> centre = teams.withDuty(TeamDuty.CARERS_CENTRE).map(Team::getGroupId);
    variables.put(ProcessVariables.CONVERSATION_TEAM, (teams.inNoTeam(by) ? centre : Optional.<String>empty())
        .or(() -> teams.queueOf(by, null)).or(() -> centre).orElse(Groups.CARERS_CENTRE));
    // The carers' centre may not start processes through the engine; this one start belongs to the council.
    return workflow.onTheCouncilsBehalf(() -> workflow.startByMessage(CAME_FORWARD, caredForId.toString(), variables));
  }

  public List<NextTask> nextTasks(String processInstanceId) {
    return workflow.openTasks(processInstanceId).stream()
        .map(t -> new NextTask(t.id(), t.name(), t.taskDefinitionKey())).toList();
  }
}
