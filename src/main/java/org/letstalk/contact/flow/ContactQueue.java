package org.letstalk.contact.flow;

import java.util.stream.Collectors;
import org.letstalk.identity.Groups;
import org.letstalk.team.Team;
import org.letstalk.team.TeamDuty;
import org.letstalk.team.Teams;
import org.springframework.stereotype.Component;

/**
 * Whose queue a contact's own tasks (confirm who this is, decide what happens next) wait in, set in
 * {@code contactQueue} when the contact is recorded: the teams of whoever took the contact; for someone in no team,
 * or a contact from another system, the council's front door team; for a council without one, the roles' queues as
 * before teams owned cases. Named apart from the variable, which a model reads.
 */
@Component("contactQueues")
public class ContactQueue {

  static final String CONTACT_QUEUE = "contactQueue";
  /** The roles that took contacts before teams owned them. */
  static final String ROLES = String.join(",", Groups.FRONT_DOOR, Groups.PRACTITIONERS,
      Groups.SENIOR_PRACTITIONERS, Groups.CARERS_CENTRE);

  private final Teams teams;

  public ContactQueue(Teams teams) {
    this.teams = teams;
  }

  String queueFor(String recordedBy) {
    String theirs = teams.teamsOf(recordedBy).stream().map(Team::getGroupId).collect(Collectors.joining(","));
    if (!theirs.isEmpty()) {
      return theirs;
    }
    return teams.withDuty(TeamDuty.FRONT_DOOR).map(Team::getGroupId).orElse(ROLES);
  }
}
