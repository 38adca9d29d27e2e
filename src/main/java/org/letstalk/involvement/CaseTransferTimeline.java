package org.letstalk.involvement;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.letstalk.identity.Workers;
import org.letstalk.record.EntryKind;
import org.letstalk.record.TimelineEntry;
import org.letstalk.record.TimelineSource;
import org.letstalk.record.Viewer;
import org.letstalk.record.Visibility;
import org.letstalk.team.Team;
import org.letstalk.team.Teams;
import org.springframework.stereotype.Component;

/** Each transfer of the person's case, in their chronology: from whom to whom, why, and who decided it. */
@Component
class CaseTransferTimeline implements TimelineSource {

  private final CaseTransferRepository transfers;
  private final Teams teams;
  private final Workers workers;

  CaseTransferTimeline(CaseTransferRepository transfers, Teams teams, Workers workers) {
    this.transfers = transfers;
    this.teams = teams;
    this.workers = workers;
  }

  @Override
  public List<TimelineEntry> entriesFor(UUID personId, Viewer viewer) {
    List<CaseTransfer> found = transfers.findByPersonIdOrderByTransferredAt(personId);
    if (found.isEmpty()) {
      return List.of();
    }
    Map<UUID, String> teamNames = teams.all().stream().collect(Collectors.toMap(Team::getId, Team::getName));
    return found.stream().map(t -> new TimelineEntry(t.getTransferredAt(), EntryKind.DECISION,
        "Case transferred to " + workers.nameOf(t.getToWorker()) + ", " + teamNames.getOrDefault(t.getToTeamId(),
            "another team"),
        List.of("From: " + (t.getFromWorker() == null ? "no worker" : workers.nameOf(t.getFromWorker())) + ", "
                + (t.getFromTeamId() == null ? "no team" : teamNames.getOrDefault(t.getFromTeamId(), "another team")),
            "Why: " + t.getReason(),
            "Moved with it: " + t.getTasksMoved() + " open tasks, " + t.getProcessesMoved() + " pieces of work under way"),
        t.getTransferredBy(), Visibility.EVERYONE, null)).toList();
  }

  @Override
  public Set<EntryKind> kinds() {
    return EnumSet.of(EntryKind.DECISION);
  }
}
