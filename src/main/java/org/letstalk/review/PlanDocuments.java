package org.letstalk.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.letstalk.document.DocumentKind;
import org.letstalk.document.Documents;
import org.letstalk.identity.Workers;
import org.letstalk.plan.PlanType;
import org.letstalk.plan.SupportPlan;
import org.letstalk.plan.SupportPlans;
import org.springframework.stereotype.Component;

/**
 * The person's copy of their plan, made when a version of it is in force and its review date is set: the care and
 * support plan, or the carer's support plan. One document per version: a retried step finds it, a new version
 * makes a new one.
 */
@Component
public class PlanDocuments {

  private static final ZoneId COUNCIL_TIME = ZoneId.of("Europe/London");

  private final Documents documents;
  private final SupportPlans plans;
  private final Workers workers;

  public PlanDocuments(Documents documents, SupportPlans plans, Workers workers) {
    this.documents = documents;
    this.plans = plans;
    this.workers = workers;
  }

  /** What the plan template shows. */
  public record PlanFacts(int version, LocalDate startsOn, BigDecimal weeklyCost, String delivery,
      List<Item> items, LocalDate reviewDue, String worker) {
  }

  /** One line of the plan. */
  public record Item(String outcome, String howItIsMet, String provider, String frequency, BigDecimal weeklyCost) {
  }

  void planInForce(UUID planId, Review pending) {
    SupportPlan version = plans.current(planId);
    List<Item> items = plans.lines(version.getId()).stream()
        .map(i -> new Item(i.getOutcome(), i.getHowItIsMet(), i.getProvider(), i.getFrequency(), i.getWeeklyCost()))
        .toList();
    PlanFacts facts = new PlanFacts(version.getVersionNo(), version.getAuthorisedAt().atZone(COUNCIL_TIME).toLocalDate(),
        version.getWeeklyCost() == null ? BigDecimal.ZERO : version.getWeeklyCost(),
        version.getDelivery() == null ? null : version.getDelivery().name(), items,
        pending == null ? null : pending.getDueDate().atZone(COUNCIL_TIME).toLocalDate(),
        version.getAllocatedWorker() == null ? null : workers.nameOf(version.getAllocatedWorker()));
    DocumentKind kind = version.getPlanType() == PlanType.CARER_SUPPORT ? DocumentKind.CARERS_SUPPORT_PLAN
        : DocumentKind.CARE_AND_SUPPORT_PLAN;
    String madeBy = version.getAuthorisedBy() != null ? version.getAuthorisedBy() : version.getAllocatedWorker();
    documents.produce(kind, version.getId(), version.getPersonId(), madeBy == null ? "system" : madeBy,
        Map.of("plan", facts));
  }

  /** What the review outcome template shows. */
  public record ReviewFacts(LocalDate reviewedOn, String reviewedBy, String outcome, List<String> tookPart,
      String others, String findings, String outcomesEvaluation, BigDecimal newWeeklyCost, String planChanges,
      String closureReasons, String informationAndAdvice) {
  }

  /** The person's copy of what their review found and decided, made as the review is recorded. */
  void reviewed(Review review) {
    List<String> tookPart = new java.util.ArrayList<>();
    if (Boolean.TRUE.equals(review.getPersonTookPart())) {
      tookPart.add("person");
    }
    if (Boolean.TRUE.equals(review.getCarerTookPart())) {
      tookPart.add("carer");
    }
    if (Boolean.TRUE.equals(review.getAdvocateTookPart())) {
      tookPart.add("advocate");
    }
    if (Boolean.TRUE.equals(review.getProviderTookPart())) {
      tookPart.add("provider");
    }
    ReviewFacts facts = new ReviewFacts(review.getCompletedAt().atZone(COUNCIL_TIME).toLocalDate(),
        workers.nameOf(review.getCompletedBy()), review.getOutcome().name(), tookPart, review.getOthersWhoTookPart(),
        review.getFindings(), review.getOutcomesEvaluation(), review.getNewWeeklyCost(), review.getPlanChanges(),
        review.getClosureReasons(), review.getInformationAndAdvice());
    documents.produce(DocumentKind.REVIEW_OUTCOME, review.getId(), review.getPersonId(), review.getCompletedBy(),
        Map.of("review", facts));
  }
}
