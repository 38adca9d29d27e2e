package org.letstalk.contact.flow;

import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.letstalk.contact.ContactIntake;
import org.letstalk.identity.Groups;
import org.letstalk.team.Team;
import org.letstalk.team.TeamDuty;
import org.letstalk.team.Teams;
import org.springframework.stereotype.Component;

/**
 * The listener contactTeams names, in {@code contactQueue}, whose queue a contact's own tasks (confirm who this is,
 * decide what happens next) wait in: the teams of whoever took the contact; for someone in no team, or a contact
 * from another system, the council's front door team; for a council without one, the roles' queues as before teams
 * owned cases. Read from the teams each time, so a contact taken before a worker joined a team follows them.
 */
@Component("contactTeams")
public class ContactQueue implements ExecutionListener {

  static final String CONTACT_QUEUE = "contactQueue";
  /** The roles that took contacts before teams owned them. */
  static final String ROLES = String.join(",", Groups.FRONT_DOOR, Groups.PRACTITIONERS,
      Groups.SENIOR_PRACTITIONERS, Groups.CARERS_CENTRE);

  private final ContactIntake intake;
  private final Teams teams;

  public ContactQueue(ContactIntake intake, Teams teams) {
    this.intake = intake;
    this.teams = teams;
  }

  @Override
  public void notify(DelegateExecution execution) {
    execution.setVariable(CONTACT_QUEUE, queueFor(intake.byProcess(execution.getProcessInstanceId()).getRecordedBy()));
  }

  String queueFor(String recordedBy) {
    String theirs = teams.teamsOf(recordedBy).stream().map(Team::getGroupId).collect(Collectors.joining(","));
    if (!theirs.isEmpty()) {
      return theirs;
    }
    return teams.withDuty(TeamDuty.FRONT_DOOR).map(Team::getGroupId).orElse(ROLES);
  }
}
