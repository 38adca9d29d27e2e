package org.letstalk.plan;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.letstalk.record.EntryKind;
import org.letstalk.record.TimelineEntry;
import org.letstalk.record.TimelineSource;
import org.letstalk.record.Viewer;
import org.letstalk.record.Visibility;
import org.letstalk.record.Words;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each version of the person's plans in the chronology: drafted, put in force with who authorised it, its lines
 * (outcome, how it is met, provider, cost), superseded by the next version, or ended by a review.
 */
@Component
@Transactional(readOnly = true)
class PlanRecord implements TimelineSource {

  private final SupportPlanRepository plans;
  private final SupportPlanItemRepository items;

  PlanRecord(SupportPlanRepository plans, SupportPlanItemRepository items) {
    this.plans = plans;
    this.items = items;
  }

  @Override
  public List<TimelineEntry> entriesFor(UUID personId, Viewer viewer) {
    List<TimelineEntry> entries = new ArrayList<>();
    List<SupportPlan> versions = plans.findByPersonId(personId);
    // Every version's lines in one query, not one a version.
    Map<UUID, List<SupportPlanItem>> lines = versions.isEmpty() ? Map.of()
        : items.findByPlanIdInOrderByPosition(versions.stream().map(SupportPlan::getId).toList()).stream()
            .collect(Collectors.groupingBy(SupportPlanItem::getPlanId));
    for (SupportPlan plan : versions) {
      String name = plan.getPlanType().label() + ", version " + plan.getVersionNo();
      String link = "/api/plans/" + plan.getSeriesId();
      List<String> content = content(plan, lines.getOrDefault(plan.getId(), List.of()));
      if (plan.getAuthorisedAt() == null) {
        entries.add(new TimelineEntry(plan.getCreatedAt(), EntryKind.PLAN, name + " drafted", content,
            plan.getAllocatedWorker(), Visibility.EVERYONE,
            plan.getStatus() == PlanStatus.DRAFT ? "Waiting for authorisation" : null, link));
        continue;
      }
      entries.add(new TimelineEntry(plan.getAuthorisedAt(), EntryKind.PLAN, name + " in force", content,
          plan.getAuthorisedBy(), Visibility.EVERYONE, status(plan), link));
      if (plan.getEndedAt() != null) {
        entries.add(new TimelineEntry(plan.getEndedAt(), EntryKind.PLAN, name + " ended by a review", List.of(),
            null, Visibility.EVERYONE, null, link));
      }
    }
    return entries;
  }

  @Override
  public Set<EntryKind> kinds() {
    return EnumSet.of(EntryKind.PLAN);
  }

  static List<String> content(SupportPlan plan, List<SupportPlanItem> lines) {
    List<String> content = new ArrayList<>();
    content.add(Words.line("Weekly cost", plan.getWeeklyCost() == null ? null : "£" + plan.getWeeklyCost()));
    content.add(Words.line("Delivered", plan.getDelivery() == null ? null : plan.getDelivery().label()));
    for (SupportPlanItem line : lines) {
      content.add("Outcome " + line.getPosition() + ": " + line.getOutcome() + ". How it is met: "
          + line.getHowItIsMet() + (line.getProvider() == null ? "" : "; provider: " + line.getProvider())
          + (line.getFrequency() == null ? "" : "; " + line.getFrequency()) + "; £" + line.getWeeklyCost() + " a week");
    }
    return content;
  }

  private static String status(SupportPlan plan) {
    if (plan.getSupersededAt() != null) {
      return "Superseded by the next version on " + Words.date(plan.getSupersededAt());
    }
    return plan.getEndedAt() != null ? "Ended on " + Words.date(plan.getEndedAt()) : null;
  }
}
