package org.letstalk.team.flow;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.letstalk.identity.Groups;
import org.letstalk.identity.Workers;
import org.letstalk.web.TasklistRaces;
import org.letstalk.workflow.TaskTakeUp;
import org.springframework.stereotype.Component;

/**
 * A team's queue says whose work a task is; the role says who may do it. Whoever takes up a task that waits in a
 * team's queue must reach it through a role queue of the task or hold a role that does the team's work
 * ({@link Groups#TEAM_WORK}; for a team's managers' queue {@link Groups#MANAGING}): a business-support member of a
 * locality team, or a practitioner who deputises in a managers' queue, cannot take up a practitioner's or a manager's
 * work.
 */
@Component
class TeamWorkNeedsItsRole implements TaskTakeUp {

  private final Workers workers;

  TeamWorkNeedsItsRole(Workers workers) {
    this.workers = workers;
  }

  @Override
  public String refusal(String actor, Set<String> candidates) {
    Set<String> teamQueues = workers.teamQueuesAmong(candidates);
    if (teamQueues.isEmpty()) {
      return null;
    }
    Set<String> held = workers.groupsOf(actor);
    if (candidates.stream().anyMatch(group -> held.contains(group) && !teamQueues.contains(group))) {
      return null;
    }
    boolean managersOnly = teamQueues.stream().allMatch(queue -> queue.endsWith("-managers"));
    List<String> roles = managersOnly ? Groups.MANAGING : Groups.TEAM_WORK;
    if (roles.stream().anyMatch(held::contains)) {
      return null;
    }
    return actor + " " + TasklistRaces.NOT_THEIR_ROLE + ": being in the team is not enough, it needs the role of "
        + roles.stream().map(Groups::displayName).collect(Collectors.joining(" or ")).toLowerCase();
  }
}
