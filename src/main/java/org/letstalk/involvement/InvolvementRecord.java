package org.letstalk.involvement;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.letstalk.record.EntryKind;
import org.letstalk.record.RecordSection;
import org.letstalk.record.SummaryItem;
import org.letstalk.record.SummarySource;
import org.letstalk.record.TimelineEntry;
import org.letstalk.record.TimelineSource;
import org.letstalk.record.Viewer;
import org.letstalk.record.Visibility;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The person's cases on the record: the stage and dates of each in the summary, and in the chronology their opening,
 * their move to long-term support, their closing, and every decision recorded with its rationale.
 */
@Component
@Transactional(readOnly = true)
class InvolvementRecord implements SummarySource, TimelineSource {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
      .withZone(ZoneId.of("Europe/London"));

  private final InvolvementRepository involvements;
  private final DecisionRepository decisions;

  InvolvementRecord(InvolvementRepository involvements, DecisionRepository decisions) {
    this.involvements = involvements;
    this.decisions = decisions;
  }

  @Override
  public List<SummaryItem> itemsFor(UUID personId, Viewer viewer) {
    List<Involvement> all = involvements.findByPersonIdOrderByStartedAt(personId);
    List<SummaryItem> items = new ArrayList<>();
    for (int i = all.size() - 1; i >= 0; i--) {
      Involvement involvement = all.get(i);
      if (involvement.getStatus() == InvolvementStatus.OPEN) {
        items.add(new SummaryItem(RecordSection.OPEN_INVOLVEMENT, "Open since " + date(involvement.getStartedAt()),
            involvement.getStage() == InvolvementStage.LONG_TERM_SUPPORT
                ? "Long-term support since " + date(involvement.getLongTermSupportSince())
                : "Conversations (Let's Talk 1, 2 and 3)", Visibility.EVERYONE));
      } else {
        items.add(new SummaryItem(RecordSection.OPEN_INVOLVEMENT,
            "Closed on " + date(involvement.getEndedAt()) + " (open since " + date(involvement.getStartedAt()) + ")",
            involvement.getEndReason(), Visibility.EVERYONE));
      }
    }
    return items;
  }

  @Override
  public List<TimelineEntry> entriesFor(UUID personId, Viewer viewer) {
    List<TimelineEntry> entries = new ArrayList<>();
    for (Involvement involvement : involvements.findByPersonIdOrderByStartedAt(personId)) {
      entries.add(new TimelineEntry(involvement.getStartedAt(), EntryKind.DECISION, "Case opened", List.of(), null,
          Visibility.EVERYONE, null));
      if (involvement.getLongTermSupportSince() != null) {
        entries.add(new TimelineEntry(involvement.getLongTermSupportSince(), EntryKind.DECISION,
            "Long-term support began: a plan is in force", List.of(), null, Visibility.EVERYONE, null));
      }
      if (involvement.getStatus() == InvolvementStatus.CLOSED) {
        entries.add(new TimelineEntry(involvement.getEndedAt(), EntryKind.DECISION, "Case closed",
            List.of("Why: " + involvement.getEndReason()), null, Visibility.EVERYONE, null));
      }
    }
    boolean readsSafeguarding = viewer != null && viewer.maySee(Visibility.SAFEGUARDING);
    for (Decision decision : decisions.findByPersonIdOrderByDecidedAt(personId)) {
      if (SAFEGUARDING.equals(decision.getWhat()) && !readsSafeguarding) {
        // A conversation ending in a concern: its rationale is the concern's description, as its entry hides.
        continue;
      }
      entries.add(new TimelineEntry(decision.getDecidedAt(), EntryKind.DECISION, "Decision: " + words(decision.getWhat()),
          List.of("Rationale: " + decision.getRationale(),
              decision.getAlternativesNotChosen() == null ? ""
                  : "Other options and why they were not right: " + decision.getAlternativesNotChosen()),
          decision.getDecidedBy(), Visibility.EVERYONE, null));
    }
    return entries;
  }

  @Override
  public Set<EntryKind> kinds() {
    return EnumSet.of(EntryKind.DECISION);
  }

  /** The outcome a conversation ending in a safeguarding concern records as its decision. */
  static final String SAFEGUARDING = "SAFEGUARDING";

  /** A decision recorded as a code (NO_ONGOING_NEED) reads "no ongoing need"; one in words stays as written. */
  private static String words(String what) {
    return what.matches("[A-Z0-9_]+") ? what.toLowerCase(Locale.UK).replace('_', ' ') : what;
  }

  private static String date(Instant at) {
    return at == null ? "not recorded" : DATE.format(at);
  }
}
