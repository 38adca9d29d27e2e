package org.letstalk.record;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Alerts added and ended, in the chronology, so the record shows when a warning applied and why it ended. */
@Component
class AlertTimeline implements TimelineSource {

  private final Alerts alerts;

  AlertTimeline(Alerts alerts) {
    this.alerts = alerts;
  }

  @Override
  public List<TimelineEntry> entriesFor(UUID personId, Viewer viewer) {
    List<TimelineEntry> entries = new ArrayList<>();
    for (PersonAlert alert : alerts.of(personId)) {
      entries.add(new TimelineEntry(alert.getAddedAt(), EntryKind.ALERT, "Alert added: " + alert.getKind().label(),
          List.of(alert.getDetail()), alert.getAddedBy(), Visibility.EVERYONE,
          alert.isInForce() ? null : "Ended on " + Words.date(alert.getEndedAt())));
      if (!alert.isInForce()) {
        entries.add(new TimelineEntry(alert.getEndedAt(), EntryKind.ALERT, "Alert ended: " + alert.getKind().label(),
            List.of("Why: " + alert.getEndReason(), "The alert said: " + alert.getDetail()), alert.getEndedBy(),
            Visibility.EVERYONE, null));
      }
    }
    return entries;
  }

  @Override
  public Set<EntryKind> kinds() {
    return EnumSet.of(EntryKind.ALERT);
  }
}
