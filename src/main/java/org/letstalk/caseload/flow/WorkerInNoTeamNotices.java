package org.letstalk.caseload.flow;

import org.letstalk.involvement.CaseAllocated;
import org.letstalk.notice.Notices;
import org.letstalk.team.Teams;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A case allocated to a worker in no team waits in the council's default team's queue; that team's managers are told,
 * in the allocation's own transaction, so someone puts the worker in a team and no case stays without one.
 */
@Component
class WorkerInNoTeamNotices {

  private final Teams teams;
  private final Notices notices;

  WorkerInNoTeamNotices(Teams teams, Notices notices) {
    this.teams = teams;
    this.notices = notices;
  }

  @EventListener
  public void allocated(CaseAllocated allocation) {
    if (allocation.worker() == null || !teams.inNoTeam(allocation.worker())) {
      return;
    }
    teams.defaultTeamManagers().forEach(manager -> notices.workerInNoTeam(allocation.personId(), manager,
        "no-team:" + allocation.involvementId() + ":" + allocation.worker()));
  }
}
