package org.letstalk.longtermsupport;

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

/** A service manager's advice on an unwise decision with significant risk, in the chronology [T 2.56]. */
@Component
class UnwiseDecisionRecord implements TimelineSource {

  private final UnwiseDecisions unwise;

  UnwiseDecisionRecord(UnwiseDecisions unwise) {
    this.unwise = unwise;
  }

  @Override
  public List<TimelineEntry> entriesFor(UUID personId, Viewer viewer) {
    return unwise.of(personId).stream().map(a -> new TimelineEntry(a.advisedAt(), EntryKind.DECISION,
        "Service manager's advice on an unwise decision",
        List.of(Words.line("The decision", a.decision()), Words.line("Advice", a.advice())), a.advisedBy(),
        Visibility.EVERYONE, null)).toList();
  }

  @Override
  public Set<EntryKind> kinds() {
    return EnumSet.of(EntryKind.DECISION);
  }
}
