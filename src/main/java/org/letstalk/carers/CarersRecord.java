package org.letstalk.carers;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.letstalk.conversation.ConversationOutcome;
import org.letstalk.record.EntryKind;
import org.letstalk.record.RecordSection;
import org.letstalk.record.SummaryItem;
import org.letstalk.record.SummarySource;
import org.letstalk.record.TimelineEntry;
import org.letstalk.record.TimelineSource;
import org.letstalk.record.Viewer;
import org.letstalk.record.Visibility;
import org.letstalk.record.Words;
import org.springframework.stereotype.Component;

/**
 * The carer link on both records (who a carer cares for; who cares for a person) in the summary and the chronology,
 * and the carer's own conversations in the carer's chronology.
 */
@Component
class CarersRecord implements SummarySource, TimelineSource {

  private final Carers carers;

  CarersRecord(Carers carers) {
    this.carers = carers;
  }

  @Override
  public List<SummaryItem> itemsFor(UUID personId, Viewer viewer) {
    List<SummaryItem> items = new ArrayList<>();
    for (CarerLink link : carers.caredForBy(personId)) {
      items.add(new SummaryItem(RecordSection.CARERS, "Cares for " + carers.nameOf(link.getCaredForId()),
          describe(link), Visibility.EVERYONE));
    }
    for (CarerLink link : carers.carersOf(personId)) {
      items.add(new SummaryItem(RecordSection.CARERS, "Cared for by " + carers.nameOf(link.getCarerId()),
          describe(link), Visibility.EVERYONE));
    }
    return items;
  }

  private static String describe(CarerLink link) {
    return link.getRelationship() + ", " + link.getHoursPerWeek() + " hours of care a week, "
        + (link.isLivesTogether() ? "living together" : "living apart");
  }

  @Override
  public List<TimelineEntry> entriesFor(UUID personId, Viewer viewer) {
    List<TimelineEntry> entries = new ArrayList<>();
    for (CarerLink link : carers.caredForBy(personId)) {
      entries.add(new TimelineEntry(link.getLinkedAt(), EntryKind.CARERS,
          "Recorded as carer of " + carers.nameOf(link.getCaredForId()), List.of(describe(link)), link.getLinkedBy(),
          Visibility.EVERYONE, null));
    }
    for (CarerLink link : carers.carersOf(personId)) {
      entries.add(new TimelineEntry(link.getLinkedAt(), EntryKind.CARERS,
          "Carer recorded: " + carers.nameOf(link.getCarerId()), List.of(describe(link)), link.getLinkedBy(),
          Visibility.EVERYONE, null));
    }
    for (CarerConversation c : carers.conversationsOf(personId)) {
      entries.add(new TimelineEntry(c.getHeldAt(), EntryKind.CARERS,
          c.getConversationType().label() + " about caring for " + carers.nameOf(c.getCaredForId())
              + (c.isCombined() ? " (combined, both agreed)" : ""),
          List.of("Able to care now: " + yesNo(c.isAbleToCareNow()) + "; willing: " + yesNo(c.isWillingToCareNow()),
              "Able to care in future: " + yesNo(c.isAbleToCareInFuture()) + "; willing: "
                  + yesNo(c.isWillingToCareInFuture()),
              "Work, education and training: " + c.getWorkEducationTraining(),
              "Recreation: " + c.getRecreation(),
              Words.line("What matters, in their own words", c.getWhatMatters().whatMatters()),
              "Wellbeing and outcomes: " + c.getWellbeingAndOutcomes(),
              Words.line("What stands in the way of those outcomes", c.getWhatMatters().barriers()),
              "Risk of carer breakdown: " + c.getRiskOfBreakdown().name().toLowerCase(),
              "How the cared-for person's needs affect the carer: " + c.getCaredForNeedsImpact(),
              c.isCanNoLongerCare() ? "Can no longer care: the cared-for person is reassessed" : "",
              outcome(c, viewer),
              c.getWrittenDecision() == null ? "" : "Not eligible: " + c.getWrittenDecision()),
          c.getHeldBy(), Visibility.EVERYONE, null));
    }
    return entries;
  }

  @Override
  public Set<EntryKind> kinds() {
    return EnumSet.of(EntryKind.CARERS);
  }

  /** A concern's description (the rationale of a conversation ending in one) only for who may read safeguarding. */
  private static String outcome(CarerConversation c, Viewer viewer) {
    boolean readsSafeguarding = viewer != null && viewer.maySee(Visibility.SAFEGUARDING);
    if (c.getOutcome() == null || c.getOutcome() == ConversationOutcome.SAFEGUARDING && !readsSafeguarding) {
      return "";
    }
    return "Outcome: " + c.getOutcome() + ". " + c.getOutcomeRationale();
  }

  private static String yesNo(boolean value) {
    return value ? "yes" : "no";
  }
}
