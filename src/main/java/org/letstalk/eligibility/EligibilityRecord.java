package org.letstalk.eligibility;

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
import org.springframework.transaction.annotation.Transactional;

/** Each eligibility determination in the chronology: the outcome, the reason for it and for each need, the evidence. */
@Component
@Transactional(readOnly = true)
class EligibilityRecord implements TimelineSource {

  private final EligibilityDeterminationRepository determinations;

  EligibilityRecord(EligibilityDeterminationRepository determinations) {
    this.determinations = determinations;
  }

  @Override
  public List<TimelineEntry> entriesFor(UUID personId, Viewer viewer) {
    List<TimelineEntry> entries = new ArrayList<>();
    for (EligibilityDetermination d : determinations.findByPersonIdOrderByDeterminedAt(personId)) {
      List<String> details = new ArrayList<>();
      details.add("Reason: " + d.getReason());
      for (EligibilityDetermination.NeedResult need : d.getNeedResults()) {
        details.add("Need " + need.getNeedNumber() + ", " + need.getDescription() + ": "
            + (need.isEligible() ? "eligible" : "not eligible") + ". " + need.getReason()
            + (need.isDirectPayment() ? " (to be met by a direct payment)" : ""));
      }
      if (!d.getOutcomesNotAchieved().isEmpty()) {
        details.add("Outcomes not achieved: " + String.join(", ", d.getOutcomesNotAchieved()));
      }
      details.add(Words.line("Evidence", d.getEvidence()));
      details.add("Decided under the " + (d.getRuleSet() == RuleSet.WALES ? "Welsh" : "English")
          + " criteria, by version " + d.getDecisionVersion() + " of the council's rules");
      entries.add(new TimelineEntry(d.getDeterminedAt(), EntryKind.ELIGIBILITY,
          (d.getEligibilityFor() == EligibilityFor.CARER ? "Carer's eligibility: " : "Eligibility: ")
              + (d.isEligible() ? "eligible" : "not eligible"),
          details, d.getDeterminedBy(), Visibility.EVERYONE, null));
    }
    return entries;
  }

  @Override
  public Set<EntryKind> kinds() {
    return EnumSet.of(EntryKind.ELIGIBILITY);
  }
}
