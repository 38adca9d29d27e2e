package org.letstalk.longtermsupport;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.letstalk.record.EntryKind;
import org.letstalk.record.TimelineEntry;
import org.letstalk.record.TimelineSource;
import org.letstalk.record.Viewer;
import org.letstalk.record.Visibility;
import org.letstalk.record.Words;
import org.springframework.stereotype.Component;

/**
 * Each deprivation of liberty authorisation in the chronology: the dates it runs between, its conditions and when its
 * review falls due; then the review, renewed or ended, and what it found [T 2.56].
 */
@Component
class DeprivationOfLibertyRecord implements TimelineSource {

  private final DeprivationOfLiberty dols;

  DeprivationOfLibertyRecord(DeprivationOfLiberty dols) {
    this.dols = dols;
  }

  @Override
  public List<TimelineEntry> entriesFor(UUID personId, Viewer viewer) {
    List<TimelineEntry> entries = new ArrayList<>();
    for (DeprivationOfLiberty.History a : dols.historyOf(personId)) {
      entries.add(new TimelineEntry(a.recordedAt(), EntryKind.DECISION,
          (a.renewsAnother() ? "Deprivation of liberty authorised again" : "Deprivation of liberty authorised")
              + ": " + Words.date(a.grantedOn()) + " to " + Words.date(a.expiresOn()),
          List.of(Words.line("Conditions", a.conditions()), "Review due by " + Words.date(a.reviewDueOn())),
          a.recordedBy(), Visibility.EVERYONE, null));
      if (a.reviewedAt() != null) {
        entries.add(new TimelineEntry(a.reviewedAt(), EntryKind.DECISION,
            Boolean.TRUE.equals(a.renewed()) ? "Deprivation of liberty reviewed: a further authorisation follows"
                : "Deprivation of liberty reviewed: not renewed",
            List.of(Words.line("What the review found", a.reviewNotes())), a.reviewedBy(), Visibility.EVERYONE,
            null));
      }
    }
    return entries;
  }

  @Override
  public Set<EntryKind> kinds() {
    return EnumSet.of(EntryKind.DECISION);
  }
}
