package org.letstalk.riskpanel;

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

/** Each referral to the risk enablement panel in the chronology: the risk, the panel's advice, what was decided. */
@Component
class RiskPanelRecord implements TimelineSource {

  private final RiskEnablementPanel panel;

  RiskPanelRecord(RiskEnablementPanel panel) {
    this.panel = panel;
  }

  @Override
  public List<TimelineEntry> entriesFor(UUID personId, Viewer viewer) {
    List<TimelineEntry> entries = new ArrayList<>();
    for (RiskEnablementPanel.Referral r : panel.of(personId)) {
      List<String> details = new ArrayList<>();
      details.add(Words.line("The risk", r.risk()));
      details.add(Words.line("Tried so far", r.triedSoFar()));
      details.add(Words.line("What the person wants", r.personsView()));
      details.add(Words.line("Asked of the panel", r.question()));
      entries.add(new TimelineEntry(r.referredAt(), EntryKind.DECISION,
          "Referred to the complex case and risk enablement panel", details, r.referredBy(), Visibility.EVERYONE,
          null));
      if (r.advice() != null) {
        entries.add(new TimelineEntry(r.advisedAt(), EntryKind.DECISION,
            "Advice of the complex case and risk enablement panel",
            List.of("The panel met on " + Words.date(r.panelMetOn()), Words.line("Its advice", r.advice()),
                "The practitioner and their manager decide"),
            r.advisedBy(), Visibility.EVERYONE, null));
      }
      if (r.decision() != null) {
        entries.add(new TimelineEntry(r.decidedAt(), EntryKind.DECISION,
            "Decided with the risk enablement panel's advice", List.of(r.decision()), r.decidedBy(),
            Visibility.EVERYONE, null));
      }
    }
    return entries;
  }

  @Override
  public Set<EntryKind> kinds() {
    return EnumSet.of(EntryKind.DECISION);
  }
}
