package org.letstalk.review;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.letstalk.plan.SupportPlan;
import org.letstalk.plan.SupportPlans;
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
 * Each plan in force in the summary, with its weekly cost, delivery and next review due, and a way to ask for an
 * early review of it; in the chronology every review completed with its outcome, and every early request.
 */
@Component
@Transactional(readOnly = true)
class ReviewsOnRecord implements SummarySource, TimelineSource {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
      .withZone(ZoneId.of("Europe/London"));

  private final SupportPlans plans;
  private final ReviewRepository reviews;
  private final EarlyRequestRepository earlyRequests;

  ReviewsOnRecord(SupportPlans plans, ReviewRepository reviews, EarlyRequestRepository earlyRequests) {
    this.plans = plans;
    this.reviews = reviews;
    this.earlyRequests = earlyRequests;
  }

  @Override
  public List<SummaryItem> itemsFor(UUID personId, Viewer viewer) {
    List<SummaryItem> items = new ArrayList<>();
    for (SupportPlan plan : plans.activeFor(personId)) {
      Optional<Review> next = reviews.findFirstByPlanIdAndCompletedAtIsNullOrderBySequenceNoDesc(plan.getSeriesId());
      String review = next.map(r -> "next review due " + DATE.format(r.getDueDate())
              + (r.getOverdueSince() != null ? " (overdue)" : "")).orElse("no review scheduled yet");
      items.add(new SummaryItem(RecordSection.ACTIVE_PLANS, plan.getPlanType().label() + ", version "
          + plan.getVersionNo(),
          (plan.getWeeklyCost() == null ? "no weekly cost recorded" : "£" + plan.getWeeklyCost() + " a week")
              + ", " + (plan.getDelivery() == null ? "delivery not recorded" : plan.getDelivery().label()) + "; " + review, Visibility.EVERYONE,
          next.isPresent() ? new SummaryItem.Action(SummaryItem.Action.EARLY_REVIEW, plan.getSeriesId()) : null));
    }
    return items;
  }

  @Override
  public List<TimelineEntry> entriesFor(UUID personId, Viewer viewer) {
    List<TimelineEntry> entries = new ArrayList<>();
    List<Review> all = reviews.findByPersonId(personId);
    // Every early request of every review in one query, not one a review.
    Map<UUID, List<EarlyRequest>> requests = all.isEmpty() ? Map.of()
        : earlyRequests.findByReviewIdInOrderByRequestedAt(all.stream().map(Review::getId).toList()).stream()
            .collect(Collectors.groupingBy(EarlyRequest::getReviewId));
    for (Review review : all) {
      String link = "/api/reviews/" + review.getId();
      for (EarlyRequest request : requests.getOrDefault(review.getId(), List.of())) {
        boolean worker = request.getRequesterRole() == RequesterRole.PRACTITIONER;
        entries.add(new TimelineEntry(request.getRequestedAt(), EntryKind.REVIEW,
            "Early review asked for by " + (worker ? "a practitioner"
                : request.getRequestedBy() + " (" + role(request.getRequesterRole()) + ")"),
            List.of("Why: " + request.getReason()), worker ? request.getRequestedBy() : null, Visibility.EVERYONE,
            null, link));
      }
      if (review.getCompletedAt() != null) {
        entries.add(new TimelineEntry(review.getCompletedAt(), EntryKind.REVIEW,
            "Review completed: " + outcome(review.getOutcome()), details(review), review.getCompletedBy(),
            Visibility.EVERYONE, null, link));
      }
    }
    return entries;
  }

  @Override
  public Set<EntryKind> kinds() {
    return EnumSet.of(EntryKind.REVIEW);
  }

  static List<String> details(Review review) {
    return List.of(
        "Review " + review.getSequenceNo() + " (" + kind(review.getKind()) + "), due " + date(review.getDueDate()),
        review.getFindings() == null ? "" : "Findings: " + review.getFindings(),
        "Who took part: " + tookPart(review),
        review.getWhyPersonDidNotTakePart() == null ? ""
            : "Why the person did not take part: " + review.getWhyPersonDidNotTakePart(),
        review.getOutcomesEvaluation() == null ? "" : "How the outcomes were met: " + review.getOutcomesEvaluation(),
        review.getPlanChanges() == null ? "" : "Changes to the plan: " + review.getPlanChanges(),
        review.getNewWeeklyCost() == null ? "" : "New weekly cost: £" + review.getNewWeeklyCost(),
        review.getClosureReasons() == null ? "" : "Why the plan ends: " + review.getClosureReasons(),
        review.getInformationAndAdvice() == null ? "" : "Information and advice: " + review.getInformationAndAdvice());
  }

  private static String tookPart(Review review) {
    List<String> who = new ArrayList<>();
    if (Boolean.TRUE.equals(review.getPersonTookPart())) {
      who.add("the person");
    }
    if (Boolean.TRUE.equals(review.getCarerTookPart())) {
      who.add("a carer");
    }
    if (Boolean.TRUE.equals(review.getAdvocateTookPart())) {
      who.add("an advocate");
    }
    if (Boolean.TRUE.equals(review.getProviderTookPart())) {
      who.add("the provider");
    }
    if (review.getOthersWhoTookPart() != null) {
      who.add(review.getOthersWhoTookPart());
    }
    return who.isEmpty() ? "not recorded" : String.join(", ", who);
  }

  static String outcome(ReviewOutcome outcome) {
    if (outcome == null) {
      return "no outcome recorded";
    }
    return switch (outcome) {
      case NO_CHANGE -> "no change to the plan";
      case UPDATE_PLAN -> "the plan is updated";
      case REASSESSMENT -> "a reassessment";
      case END_PLAN -> "the plan ends";
    };
  }

  static String kind(ReviewKind kind) {
    return switch (kind) {
      case FIRST -> "first review";
      case SCHEDULED -> "scheduled review";
      case EARLY -> "early review";
    };
  }

  private static String role(RequesterRole role) {
    return switch (role) {
      case PERSON -> "the person";
      case CARER -> "a carer";
      case ADVOCATE -> "an advocate";
      case PROVIDER -> "a provider";
      case PRACTITIONER -> "a practitioner";
    };
  }

  private static String date(Instant at) {
    return at == null ? "not recorded" : DATE.format(at);
  }
}
