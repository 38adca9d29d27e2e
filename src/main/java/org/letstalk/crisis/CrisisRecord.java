package org.letstalk.crisis;

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
 * Let's Talk 2 crisis plans on the record: one under way in the summary; in the chronology each plan with its
 * actions and how it ended, each check-in and each spend.
 */
@Component
@Transactional(readOnly = true)
class CrisisRecord implements SummarySource, TimelineSource {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final ZoneId COUNCIL_TIME = ZoneId.of("Europe/London");

  private final CrisisPlanRepository plans;
  private final CrisisCheckInRepository checkIns;
  private final SpendRepository spends;

  CrisisRecord(CrisisPlanRepository plans, CrisisCheckInRepository checkIns, SpendRepository spends) {
    this.plans = plans;
    this.checkIns = checkIns;
    this.spends = spends;
  }

  @Override
  public List<SummaryItem> itemsFor(UUID personId, Viewer viewer) {
    return plans.findByPersonIdAndStatus(personId, CrisisPlanStatus.ACTIVE).stream()
        .map(plan -> new SummaryItem(RecordSection.OPEN_INVOLVEMENT, "Crisis plan under way (Let's Talk 2)",
            "From " + DATE.format(plan.getStartsOn()) + " until " + DATE.format(plan.getEndsOn()), Visibility.EVERYONE))
        .toList();
  }

  @Override
  public List<TimelineEntry> entriesFor(UUID personId, Viewer viewer) {
    List<TimelineEntry> entries = new ArrayList<>();
    for (CrisisPlan plan : plans.findByPersonIdOrderByMadeAt(personId)) {
      List<String> details = new ArrayList<>();
      details.add("From " + DATE.format(plan.getStartsOn()) + " until " + DATE.format(plan.getEndsOn()));
      int n = 1;
      for (String action : plan.getActions()) {
        details.add("Action " + n++ + ": " + action);
      }
      entries.add(new TimelineEntry(plan.getMadeAt(), EntryKind.CRISIS_PLAN, "Crisis plan made", details,
          plan.getMadeBy(), Visibility.EVERYONE, status(plan), "/api/crisis-plans/" + plan.getId()));
      if (plan.getEndedAt() != null) {
        entries.add(new TimelineEntry(plan.getEndedAt(), EntryKind.CRISIS_PLAN, "Crisis plan ended: " + ended(plan),
            List.of("Why: " + plan.getEndReason()), plan.getEndedBy(), Visibility.EVERYONE, null,
            "/api/crisis-plans/" + plan.getId()));
      }
    }
    for (CrisisCheckIn checkIn : checkIns.findByPersonId(personId)) {
      if (checkIn.getStatus() == CrisisCheckIn.Status.DONE) {
        entries.add(new TimelineEntry(checkIn.getDoneAt(), EntryKind.CRISIS_PLAN,
            "Crisis plan check-in: " + (checkIn.isPlanWorking() ? "the plan is working" : "the plan is not working"),
            List.of(checkIn.getNotes()), checkIn.getDoneBy(), Visibility.EVERYONE, null,
            "/api/crisis-plans/" + checkIn.getCrisisPlanId()));
      }
    }
    for (Spend spend : spends.findByPersonId(personId)) {
      entries.add(new TimelineEntry(spend.getRequestedAt(), EntryKind.CRISIS_PLAN,
          "Crisis spend of £" + spend.getAmount() + ": " + spent(spend.getStatus()),
          List.of("For: " + spend.getPurpose(), "The limit without a manager's approval: £" + spend.getLimitAmount()),
          spend.getRequestedBy(), Visibility.EVERYONE, null, "/api/crisis-plans/" + spend.getCrisisPlanId()));
    }
    return entries;
  }

  @Override
  public Set<EntryKind> kinds() {
    return EnumSet.of(EntryKind.CRISIS_PLAN);
  }

  private static String status(CrisisPlan plan) {
    if (plan.getStatus() == CrisisPlanStatus.ACTIVE) {
      return null;
    }
    return (plan.getEndedAt() == null ? "Ended" : "Ended on " + DATE.format(plan.getEndedAt().atZone(COUNCIL_TIME)))
        + ": " + ended(plan);
  }

  private static String ended(CrisisPlan plan) {
    return switch (plan.getStatus()) {
      case ACTIVE -> "under way";
      case ENDED_NOT_WORKING -> "not working, a new plan follows";
      case REVIEWED -> "reviewed and finished";
    };
  }

  private static String spent(SpendStatus status) {
    return switch (status) {
      case MADE -> "made at once";
      case AWAITING_APPROVAL -> "waiting for a manager's approval";
      case APPROVED_AND_MADE -> "approved and made";
      case NOT_APPROVED -> "not approved";
    };
  }
}
