package org.letstalk.carers;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.letstalk.conversation.ConversationOutcome;
import org.letstalk.conversation.Conversations;
import org.letstalk.person.Person;
import org.letstalk.person.PersonFinder;
import org.letstalk.person.PersonMatch;
import org.letstalk.person.PersonRepository;
import org.letstalk.plan.PlanType;
import org.letstalk.plan.SupportPlan;
import org.letstalk.plan.SupportPlanItem;
import org.letstalk.plan.SupportPlans;
import org.letstalk.store.Idempotent;
import org.letstalk.validation.InputRejectedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Carers in their own right: who they care for, their conversations and their support plans [T Part 4]. */
@Service
@Transactional
public class Carers {

  private final CarerLinkRepository links;
  private final CarerConversationRepository conversations;
  private final PersonFinder finder;
  private final PersonRepository people;
  private final SupportPlans plans;
  private final CarersDocuments documents;
  private final Conversations caredForConversations;
  private final Clock clock;

  public Carers(CarerLinkRepository links, CarerConversationRepository conversations, PersonFinder finder,
      PersonRepository people, SupportPlans plans, CarersDocuments documents, Conversations caredForConversations,
      Clock clock) {
    this.links = links;
    this.conversations = conversations;
    this.finder = finder;
    this.people = people;
    this.plans = plans;
    this.documents = documents;
    this.caredForConversations = caredForConversations;
    this.clock = clock;
  }

  /**
   * Finds the carer's record (or makes one) and links them to the person they care for; linking the same pair
   * again updates the link. Somebody similar on record is not guessed at: the NHS number settles it.
   */
  public CarerLink link(UUID caredForId, CarerDetails details, String by) {
    PersonMatch match = finder.find(details.carer());
    if (match.needsConfirmation()) {
      throw new InputRejectedException("carerNhsNumber",
          "somebody similar is already on record: give the carer's NHS number so the right record is linked");
    }
    if (match.personId().equals(caredForId)) {
      throw new InputRejectedException("carerGivenName", "a person cannot be their own carer");
    }
    CarerLink link = links.findByCarerIdAndCaredForId(match.personId(), caredForId)
        .orElseGet(() -> CarerLink.of(match.personId(), caredForId, clock.instant()));
    link.describe(details.relationship(), details.hoursPerWeek(), details.livesTogether(), by, clock.instant());
    return links.saveAndFlush(link);
  }

  /** Records a carer's Let's Talk 1 or 3, once per task, and makes the carer's written record of it. */
  public CarerConversation record(CarerConversationType type, String taskId, String processInstanceId, UUID carerId,
      UUID caredForId, UUID involvementId, CarerConversationForm form, String heldBy) {
    CarerConversation held = Idempotent.write(conversations, conversations.findByTaskId(taskId),
        () -> CarerConversation.held(type, taskId, processInstanceId, carerId, caredForId, involvementId, form,
            heldBy, clock.instant()));
    documents.held(held, nameOf(caredForId));
    return held;
  }

  /**
   * What the safeguarding concern a carer's conversation ended in says, for the step that raises it (a model's
   * expression, by the conversation's id): a carer's Let's Talk 1 here, or the Let's Talk 2 it called. Null when
   * the conversation did not end in a concern.
   */
  @Transactional(readOnly = true)
  public String concernDescription(String conversationId) {
    return endedInConcern(conversationId).map(CarerConversation::getOutcomeRationale)
        .orElseGet(() -> caredForConversations.concernDescription(conversationId));
  }

  @Transactional(readOnly = true)
  public String concernAllegedPersonName(String conversationId) {
    return endedInConcern(conversationId).map(c -> c.getConcernAllegedPerson().name())
        .orElseGet(() -> caredForConversations.concernAllegedPersonName(conversationId));
  }

  @Transactional(readOnly = true)
  public String concernAllegedPersonRelationship(String conversationId) {
    return endedInConcern(conversationId).map(c -> c.getConcernAllegedPerson().relationship())
        .orElseGet(() -> caredForConversations.concernAllegedPersonRelationship(conversationId));
  }

  private Optional<CarerConversation> endedInConcern(String conversationId) {
    return Optional.ofNullable(conversationId).flatMap(id -> conversations.findById(UUID.fromString(id)))
        .filter(c -> c.getOutcome() == ConversationOutcome.SAFEGUARDING);
  }

  /** The written decision when a carer's needs are not eligible, with the right to challenge [T 2.58-2.61]. */
  public CarerConversation notEligible(String processInstanceId, NotEligibleDecision decision) {
    CarerConversation held = conversations.findFirstByProcessInstanceIdAndConversationTypeOrderByHeldAtDesc(
        processInstanceId, CarerConversationType.LT3).orElseThrow();
    held.notEligible(decision.writtenDecision(), decision.informationAndAdvice());
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
   * each outcome with what meets it. Replacement care for the time out goes on the cared-for person's plan in
   * force, or on the carer's own plan when the person cared for has none.
   */
  public CarersPlan plan(UUID carerId, UUID caredForId, UUID draftPlanId, CarersPlanForm form, String by,
      String team) {
    UUID caredForPlanId = null;
    SupportPlanItem.Line replacementCare = form.replacementCare();
    List<SupportPlanItem.Line> lines = new java.util.ArrayList<>(form.lines());
    if (replacementCare != null) {
      List<SupportPlan> active = plans.activeFor(caredForId).stream()
          .filter(p -> p.getPlanType() != PlanType.CARER_SUPPORT).toList();
      if (active.isEmpty()) {
        // The carer's needs may be met by care for the person cared for [W ¶161(ii)]: with no plan of their own
        // to carry it, it is a line of the carer's plan.
        lines.add(replacementCare);
        replacementCare = null;
      } else {
        caredForPlanId = active.get(0).getId();
      }
    }
    SupportPlan plan = draftPlanId == null
        ? plans.draft(carerId, PlanType.CARER_SUPPORT, form.delivery(), BigDecimal.ZERO, by, team)
        : plans.get(draftPlanId);
    plan = plans.writeLines(plan.getId(), form.delivery(), lines);
    if (plan.getWeeklyCost().compareTo(form.personalBudget()) > 0) {
      throw new InputRejectedException("personalBudget", "the plan costs £" + plan.getWeeklyCost().toPlainString()
          + " a week, more than the personal budget");
    }
    return new CarersPlan(plan, replacementCare, caredForPlanId);
  }

  /**
   * Once funded: the carer's plan is in force, and the replacement care joins the cared-for person's plan as its
   * next version, authorised with it.
   */
  public void activate(UUID carerPlanId, SupportPlanItem.Line replacementCare, UUID caredForPlanId,
      String authorisedBy) {
    plans.activate(carerPlanId, authorisedBy);
    if (replacementCare != null && caredForPlanId != null) {
      plans.addReplacementCare(caredForPlanId, replacementCare, carerPlanId, authorisedBy);
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
  public boolean personExists(UUID personId) {
    return people.existsById(personId);
  }

  public String nameOf(UUID personId) {
    return people.findById(personId).map(Person::getFullName).orElse("(unknown)");
  }
}
