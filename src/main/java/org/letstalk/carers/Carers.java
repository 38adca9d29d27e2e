package org.letstalk.carers;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.letstalk.person.Person;
import org.letstalk.person.PersonDetails;
import org.letstalk.person.PersonFinder;
import org.letstalk.person.PersonMatch;
import org.letstalk.person.PersonRepository;
import org.letstalk.plan.Delivery;
import org.letstalk.plan.PlanType;
import org.letstalk.plan.SupportPlan;
import org.letstalk.plan.SupportPlanItem;
import org.letstalk.plan.SupportPlans;
import org.letstalk.validation.FormInput;
import org.letstalk.validation.InputRejectedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Carers in their own right: who they care for, their conversations and their support plans [T Part 4]. */
@Service
@Transactional
public class Carers {

  /** The most lines a carer's support plan form offers. */
  static final int PLAN_LINES = 5;

  private final CarerLinkRepository links;
  private final CarerConversationRepository conversations;
  private final PersonFinder finder;
  private final PersonRepository people;
  private final SupportPlans plans;
  private final Clock clock;

  public Carers(CarerLinkRepository links, CarerConversationRepository conversations, PersonFinder finder,
      PersonRepository people, SupportPlans plans, Clock clock) {
    this.links = links;
    this.conversations = conversations;
    this.finder = finder;
    this.people = people;
    this.plans = plans;
    this.clock = clock;
  }

  /**
   * Finds the carer's record (or makes one) and links them to the person they care for; linking the same pair
   * again updates the link. Somebody similar on record is not guessed at: the NHS number settles it.
   */
  public CarerLink link(UUID caredForId, Map<String, ?> values, String by) {
    FormInput in = FormInput.of(values);
    PersonDetails details = new PersonDetails(in.requiredText("carerGivenName", FormInput.SHORT_TEXT),
        in.requiredText("carerFamilyName", FormInput.SHORT_TEXT), in.requiredDate("carerDateOfBirth"),
        in.optionalText("carerNhsNumber", FormInput.SHORT_TEXT), in.requiredText("carerPostcode", FormInput.SHORT_TEXT),
        null, in.optionalText("carerPhone", FormInput.SHORT_TEXT), null, null);
    String relationship = in.requiredText("relationship", FormInput.SHORT_TEXT);
    BigDecimal hours = in.requiredAmount("hoursOfCarePerWeek");
    if (hours.compareTo(BigDecimal.valueOf(168)) > 0 || hours.stripTrailingZeros().scale() > 0) {
      throw new InputRejectedException("hoursOfCarePerWeek", "whole hours, at most 168 in a week");
    }
    boolean livesTogether = in.requiredFlag("livesTogether");
    PersonMatch match = finder.find(details);
    if (match.needsConfirmation()) {
      throw new InputRejectedException("carerNhsNumber",
          "somebody similar is already on record: give the carer's NHS number so the right record is linked");
    }
    if (match.personId().equals(caredForId)) {
      throw new InputRejectedException("carerGivenName", "a person cannot be their own carer");
    }
    CarerLink link = links.findByCarerIdAndCaredForId(match.personId(), caredForId)
        .orElseGet(() -> CarerLink.of(match.personId(), caredForId, clock.instant()));
    link.describe(relationship, hours.intValue(), livesTogether, by, clock.instant());
    return links.saveAndFlush(link);
  }

  /** Records a carer's Let's Talk 1 or 3, once per task. */
  public CarerConversation record(CarerConversationType type, String taskId, String processInstanceId, UUID carerId,
      UUID caredForId, UUID involvementId, Map<String, ?> values, String heldBy) {
    return conversations.findByTaskId(taskId).orElseGet(() -> conversations.saveAndFlush(CarerConversation.held(type,
        taskId, processInstanceId, carerId, caredForId, involvementId,
        CarerConversationForm.from(FormInput.of(values), type), heldBy, clock.instant())));
  }

  /** The written decision when a carer's needs are not eligible, with the right to challenge [T 2.58-2.61]. */
  public CarerConversation notEligible(String processInstanceId, Map<String, ?> values) {
    FormInput in = FormInput.of(values);
    String decision = in.requiredText("writtenDecision", FormInput.LONG_TEXT);
    String advice = in.requiredText("informationAndAdvice", FormInput.LONG_TEXT);
    if (!in.requiredFlag("rightToChallengeExplained")) {
      throw new InputRejectedException("rightToChallengeExplained", "explain the right to challenge the decision");
    }
    CarerConversation held = conversations.findFirstByProcessInstanceIdAndConversationTypeOrderByHeldAtDesc(
        processInstanceId, CarerConversationType.LT3).orElseThrow();
    held.notEligible(decision, advice);
    return held;
  }

  /** A carer's plan as written, and the replacement care it asks for on the cared-for person's plan. */
  public record CarersPlan(SupportPlan plan, SupportPlanItem.Line replacementCare, UUID caredForPlanId) {

    /** What the funding request covers: the carer's own support and the replacement care that frees them. */
    public BigDecimal fundedWeeklyCost() {
      return replacementCare == null ? plan.getWeeklyCost() : plan.getWeeklyCost().add(replacementCare.weeklyCost());
    }
  }

  /**
   * Drafts (or revises) the carer's support plan: personal budget, delivery (a direct payment among them) and
   * each outcome with what meets it. Replacement care for the time out must go on the cared-for person's
   * active plan, so there must be one.
   */
  public CarersPlan plan(UUID carerId, UUID caredForId, String draftPlanId, Map<String, ?> values, String by,
      String team) {
    FormInput in = FormInput.of(values);
    BigDecimal budget = in.requiredAmount("personalBudget");
    Delivery delivery = in.requiredChoice("delivery", Delivery.class);
    List<SupportPlanItem.Line> lines = new ArrayList<>();
    for (int i = 1; i <= PLAN_LINES; i++) {
      String prefix = "item" + i + "_";
      if (in.optionalText(prefix + "outcome", 1000) == null) {
        continue;
      }
      lines.add(new SupportPlanItem.Line(in.requiredText(prefix + "outcome", 1000),
          in.requiredText(prefix + "howItIsMet", 1000), in.optionalText(prefix + "provider", FormInput.SHORT_TEXT),
          in.optionalText(prefix + "frequency", FormInput.SHORT_TEXT), in.requiredAmount(prefix + "weeklyCost")));
    }
    SupportPlanItem.Line replacement = replacementCare(values);
    UUID caredForPlanId = null;
    if (replacement != null) {
      List<SupportPlan> active = plans.activeFor(caredForId);
      if (active.isEmpty()) {
        throw new InputRejectedException("replacementCareOutcome", "the person cared for has no active support plan "
            + "to carry replacement care: their own Let's Talk comes first");
      }
      caredForPlanId = active.get(0).getId();
    }
    SupportPlan plan = draftPlanId == null
        ? plans.draft(carerId, PlanType.CARER_SUPPORT, delivery, BigDecimal.ZERO, by, team)
        : plans.get(UUID.fromString(draftPlanId));
    plan = plans.writeLines(plan.getId(), delivery, lines);
    if (plan.getWeeklyCost().compareTo(budget) > 0) {
      throw new InputRejectedException("personalBudget", "the plan costs £" + plan.getWeeklyCost().toPlainString()
          + " a week, more than the personal budget");
    }
    return new CarersPlan(plan, replacement, caredForPlanId);
  }

  /** The replacement care line of the carer's plan form, or null when the plan asks for none. */
  static SupportPlanItem.Line replacementCare(Map<String, ?> values) {
    FormInput in = FormInput.of(values);
    if (in.optionalText("replacementCareOutcome", 1000) == null) {
      return null;
    }
    return new SupportPlanItem.Line(in.requiredText("replacementCareOutcome", 1000),
        in.requiredText("replacementCareHowItIsMet", 1000),
        in.optionalText("replacementCareProvider", FormInput.SHORT_TEXT),
        in.requiredText("replacementCareFrequency", FormInput.SHORT_TEXT), in.requiredAmount("replacementCareWeeklyCost"));
  }

  /** Once funded: the carer's plan becomes active and the replacement care joins the cared-for person's plan. */
  public void activate(UUID carerPlanId, SupportPlanItem.Line replacementCare, UUID caredForPlanId) {
    plans.activate(carerPlanId);
    if (replacementCare != null) {
      plans.addReplacementCare(caredForPlanId, replacementCare, carerPlanId);
    }
  }

  @Transactional(readOnly = true)
  public List<CarerLink> caredForBy(UUID carerId) {
    return links.findByCarerIdOrderByLinkedAt(carerId);
  }

  @Transactional(readOnly = true)
  public List<CarerLink> carersOf(UUID caredForId) {
    return links.findByCaredForIdOrderByLinkedAt(caredForId);
  }

  @Transactional(readOnly = true)
  public List<CarerConversation> conversationsOf(UUID carerId) {
    return conversations.findByCarerIdOrderByHeldAt(carerId);
  }

  @Transactional(readOnly = true)
  public String nameOf(UUID personId) {
    return people.findById(personId).map(Person::getFullName).orElse("(unknown)");
  }
}
