package org.letstalk.safeguarding.flow;

import static org.letstalk.safeguarding.flow.SafeguardingVariables.*;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.identity.Workers;
import org.letstalk.team.flow.CaseQueues;
import org.letstalk.safeguarding.Safeguarding;
import org.letstalk.safeguarding.SafeguardingConcern;
import org.letstalk.team.Team;
import org.letstalk.team.Teams;
import org.letstalk.workflow.CurrentUser;
import org.letstalk.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** Checks and records the decision on a concern, with the s42-criteria table's answer beside it. */
@Component("recordSafeguardingDecision")
public class RecordSafeguardingDecision implements JavaDelegate {

  private final Safeguarding safeguarding;
  private final CurrentUser currentUser;
  private final Workers workers;
  private final Teams teams;
  private final CaseQueues caseQueues;

  public RecordSafeguardingDecision(Safeguarding safeguarding, CurrentUser currentUser, Workers workers, Teams teams,
      CaseQueues caseQueues) {
    this.safeguarding = safeguarding;
    this.currentUser = currentUser;
    this.workers = workers;
    this.teams = teams;
    this.caseQueues = caseQueues;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SafeguardingConcern concern = safeguarding.decide(execution.getProcessInstanceId(),
        SafeguardingForms.decision(execution.getVariables()), currentUser.id());
    execution.setVariable(ROUTE, concern.getRoute().name());
    execution.setVariable(S42_DUTY_APPLIES, concern.getS42DutyApplies());
    execution.setVariable(S42_EXPLANATION, concern.getS42Explanation());
    // A practitioner who raised the concern in their conversation is the person's practitioner for the Let's Talk 2.
    boolean practitioner = workers.canHoldConversations(concern.getRaisedBy());
    execution.setVariable(LETS_TALK_2_ASSIGNEE, practitioner ? concern.getRaisedBy() : null);
    // Their queue: the case's team when they are in it, else their own one team, else the case's team; for a
    // concern raised by someone who holds no conversations, the team of the person's case (caseQueues).
    Optional<String> caseTeam = Optional.ofNullable(concern.getPersonId()).flatMap(teams::teamOfCase)
        .map(Team::getGroupId);
    execution.setVariable(LETS_TALK_2_TEAM, (practitioner
        ? teams.queueOf(concern.getRaisedBy(), caseTeam.orElse(null)).or(() -> caseTeam) : Optional.<String>empty())
        .orElseGet(() -> caseQueues.teamOf(concern.getPersonId())));
    if (concern.getPersonId() != null) {
      execution.setVariable(ProcessVariables.PERSON_ID, concern.getPersonId().toString());
    }
  }
}
