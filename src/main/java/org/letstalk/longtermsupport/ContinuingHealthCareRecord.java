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
 * Each continuing health care consideration in the chronology: the referral, then the health partner's decision and,
 * when the NHS pays, what the council is owed for its funding meanwhile, for which days, and whether the finance
 * team has invoiced it.
 */
@Component
class ContinuingHealthCareRecord implements TimelineSource {

  private final ContinuingHealthCare chc;

  ContinuingHealthCareRecord(ContinuingHealthCare chc) {
    this.chc = chc;
  }

  @Override
  public List<TimelineEntry> entriesFor(UUID personId, Viewer viewer) {
    List<TimelineEntry> entries = new ArrayList<>();
    for (ContinuingHealthCare.Consideration c : chc.of(personId)) {
      entries.add(new TimelineEntry(c.referredAt(), EntryKind.DECISION, "Referred for continuing health care",
          List.of(Words.line("Referral", c.referral())), c.referredBy(), Visibility.EVERYONE, null));
      if (c.outcome() == null) {
        continue;
      }
      List<String> details = new ArrayList<>();
      details.add("Decided on " + Words.date(c.decidedOn()));
      if (c.fundedFrom() != null) {
        details.add("The council paid £" + c.weeklyCostMeanwhile() + " a week without prejudice from "
            + Words.date(c.fundedFrom()));
      }
      if (c.recoveryFlagged()) {
        details.add("To recover from the NHS: £" + c.amountToRecover() + ", for " + Words.date(c.recoverFrom())
            + " to " + Words.date(c.recoverUntil()) + " at £" + c.nhsWeeklyShare() + " a week");
        details.add(c.invoicedAt() == null ? "Not yet invoiced"
            : "Invoiced to the NHS on " + Words.date(c.invoicedAt()) + ", reference " + c.invoiceReference());
      }
      entries.add(new TimelineEntry(c.recordedAt(), EntryKind.DECISION, "Continuing health care: " + switch (
          c.outcome()) {
        case ELIGIBLE -> "eligible, the NHS pays";
        case NOT_ELIGIBLE -> "not eligible";
        case JOINT_PACKAGE -> "a joint package with the NHS";
      }, details, c.recordedBy(), Visibility.EVERYONE, null));
    }
    return entries;
  }

  @Override
  public Set<EntryKind> kinds() {
    return EnumSet.of(EntryKind.DECISION);
  }
}
