package org.letstalk.safeguarding;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.letstalk.contact.Contact;
import org.letstalk.contact.ContactRepository;
import org.letstalk.person.PersonRepository;
import org.letstalk.safeguarding.SafeguardingConcern.Origin;
import org.letstalk.store.Idempotent;
import org.letstalk.validation.InputRejectedException;
import org.letstalk.validation.NotAllowedException;
import org.letstalk.workflow.DecisionTables;
import org.letstalk.workflow.DueDates;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The safeguarding record: concern, decision, enquiry. Each step is keyed by the concern's process (and
 * the enquiry by its concern), so a retried step finds what it wrote before.
 */
@Service
@Transactional
public class Safeguarding {

  static final String S42_CRITERIA = "s42-criteria";
  static final String ENQUIRY_DISCUSSION_STEP = "ENQUIRY_DISCUSSION";
  private static final LocalTime CLOSE_OF_BUSINESS = LocalTime.of(17, 0);

  private final SafeguardingConcernRepository concerns;
  private final SafeguardingEnquiryRepository enquiries;
  private final RepresentativeRepository representatives;
  private final PersonRepository people;
  private final ContactRepository contacts;
  private final DecisionTables decisionTables;
  private final DueDates dueDates;
  private final SafeguardingProperties properties;
  private final Clock clock;

  public Safeguarding(SafeguardingConcernRepository concerns, SafeguardingEnquiryRepository enquiries,
      RepresentativeRepository representatives, PersonRepository people, ContactRepository contacts,
      DecisionTables decisionTables, DueDates dueDates, SafeguardingProperties properties, Clock clock) {
    this.concerns = concerns;
    this.enquiries = enquiries;
    this.representatives = representatives;
    this.people = people;
    this.contacts = contacts;
    this.decisionTables = decisionTables;
    this.dueDates = dueDates;
    this.properties = properties;
    this.clock = clock;
  }

  /** Records the concern with the deadline of its decision; the form is read only the first time. */
  public SafeguardingConcern raise(String processInstanceId, Supplier<RaisedConcern> form, Origin origin) {
    return Idempotent.write(concerns, concerns.findByProcessInstanceId(processInstanceId), () -> {
      RaisedConcern in = form.get();
      if (in.personId() != null && !people.existsById(in.personId())) {
        throw new InputRejectedException("personId", "no person has this id");
      }
      Instant due = properties.decisionDeadline() != null ? clock.instant().plus(properties.decisionDeadline())
          : dueDates.workingDays(properties.decisionWorkingDays()).toInstant();
      return SafeguardingConcern.raised(processInstanceId, in, origin, clock.instant(), due);
    });
  }

  /** Whether a raising step has already raised its concern: a retried step must not raise it twice. */
  @Transactional(readOnly = true)
  public boolean alreadyRaised(String raisedKey) {
    return concerns.existsByRaisedKey(raisedKey);
  }

  public SafeguardingConcern markDecisionOverdue(String processInstanceId) {
    SafeguardingConcern concern = byProcess(processInstanceId);
    concern.escalated(clock.instant());
    return concern;
  }

  /**
   * Records a person's decision with the s42-criteria table's answer to their criteria beside it: the table
   * informs, the person decides.
   */
  public SafeguardingConcern decide(String processInstanceId, ConcernDecision decision, String decidedBy) {
    SafeguardingConcern concern = byProcess(processInstanceId);
    if (concern.getRoute() != null) {
      return concern;
    }
    if (decidedBy != null && decidedBy.equals(concern.getRaisedBy())) {
      throw new InputRejectedException("route",
          "you raised this concern: another senior practitioner or manager must decide it");  // [T 3.11]
    }
    if (concern.getRaisedInContactId() != null) {
      contacts.findById(concern.getRaisedInContactId()).map(Contact::getPersonId).ifPresent(concern::linkPerson);
    }
    if (decision.route() == ConcernRoute.LETS_TALK_2 && concern.getPersonId() == null) {
      throw new InputRejectedException("route",
          "a Let's Talk 2 is held in the person's involvement: record the person at the front door first");
    }
    Map<String, Object> answer = decisionTables.evaluate(S42_CRITERIA, decision.criteria()).get(0);
    concern.decided(decision, (Boolean) answer.get("s42DutyApplies"), (String) answer.get("s42Explanation"),
        decidedBy, clock.instant());
    return concern;
  }

  public SafeguardingEnquiry openEnquiry(String processInstanceId, EnquiryDiscussion discussion, String by) {
    SafeguardingConcern concern = enquiryConcern(processInstanceId);
    return Idempotent.write(enquiries, enquiries.findByConcernId(concern.getId()), () -> {
      Representation representation = discussion.representation();
      if (representation.named() && Representation.samePerson(representation.name(), representation.relationship(),
          concern.getAllegedPersonName(), concern.getAllegedPersonRelationship())) {
        throw new InputRejectedException("representativeName", "is the person alleged to be responsible, who can "
            + "never represent or advocate for the person");  // [W ¶27]
      }
      if (representation.named()
          && !representatives.existsByConcernIdAndStep(concern.getId(), ENQUIRY_DISCUSSION_STEP)) {
        representatives.save(Representative.recorded(concern.getId(), ENQUIRY_DISCUSSION_STEP, representation, by,
            clock.instant()));
      }
      return SafeguardingEnquiry.opened(concern.getId(), discussion.kind(), discussion.heldOn(),
          discussion.attendees(), discussion.notes(), discussion.outcomesPersonWants(), by, clock.instant());
    });
  }

  public SafeguardingEnquiry recordActions(String processInstanceId, EnquiryActions actions, String by) {
    return Idempotent.change(enquiry(processInstanceId), e -> e.getActionsTaken() != null,
        e -> e.actions(actions.actionsTaken(), actions.findings(), by, clock.instant()));
  }

  public SafeguardingEnquiry recordPlan(String processInstanceId, ProtectionPlan plan, String by) {
    return Idempotent.change(enquiry(processInstanceId), e -> e.getProtectionPlan() != null,
        e -> e.plan(plan.plan(), plan.reviewDueOn(), by, clock.instant()));
  }

  /** Review number {@code reviewNumber} of the protection plan; the answer says whether the plan goes on. */
  public PlanReviewOutcome reviewPlan(String processInstanceId, ProtectionPlanReview review, String by,
      int reviewNumber) {
    Idempotent.change(enquiry(processInstanceId), e -> e.getPlanReviews() >= reviewNumber,
        e -> e.reviewed(review.notes(), review.outcome() == PlanReviewOutcome.CONTINUE_PLAN
            ? review.nextReviewDueOn() : null, by, clock.instant()));
    return review.outcome();
  }

  public SafeguardingEnquiry conclude(String processInstanceId, EnquiryConclusion conclusion, String by) {
    return Idempotent.change(enquiry(processInstanceId), e -> e.getConcludedAt() != null,
        e -> e.concluded(conclusion.mspOutcome(), conclusion.riskOutcome(), conclusion.summary(), by,
            clock.instant()));
  }

  /** Close of business on the day the plan is next reviewed, as a task due date. */
  public Date reviewDueAt(SafeguardingEnquiry enquiry) {
    return Date.from(enquiry.getPlanReviewDueOn().atTime(CLOSE_OF_BUSINESS).atZone(clock.getZone())
        .toInstant());
  }

  /**
   * Concerns raised in any of these processes that still wait for their decision: what an involvement that
   * identified an adult at risk must wait for before it can close [T 3.11].
   */
  @Transactional(readOnly = true)
  public List<SafeguardingConcern> undecidedRaisedIn(Collection<String> processInstanceIds) {
    return concerns.findByRaisedInProcessInstanceIdIn(processInstanceIds).stream()
        .filter(c -> c.getRoute() == null).toList();
  }

  /**
   * Whoever raised a concern never decides it [T 3.11]: refused when they claim the decision or are given it, as
   * for a funding request, so the decision-makers are never locked out by a claim.
   */
  @Transactional(readOnly = true)
  public void assertNotRaiser(String processInstanceId, String userId) {
    String raisedBy = concerns.findByProcessInstanceId(processInstanceId).map(SafeguardingConcern::getRaisedBy)
        .orElse(null);
    if (userId != null && userId.equals(raisedBy)) {
      throw new NotAllowedException(userId + " raised this concern and cannot decide it: another senior "
          + "practitioner or manager must");
    }
  }

  @Transactional(readOnly = true)
  public SafeguardingConcern byProcess(String processInstanceId) {
    return concerns.findByProcessInstanceId(processInstanceId)
        .orElseThrow(() -> new IllegalStateException("No safeguarding concern for process " + processInstanceId));
  }

  @Transactional(readOnly = true)
  public Optional<SafeguardingConcern> find(UUID concernId) {
    return concerns.findById(concernId);
  }

  private SafeguardingConcern enquiryConcern(String processInstanceId) {
    SafeguardingConcern concern = byProcess(processInstanceId);
    if (concern.getRoute() != ConcernRoute.S42_ENQUIRY) {
      throw new IllegalStateException("Concern " + concern.getId() + " was not decided for an s42 enquiry");
    }
    return concern;
  }

  @Transactional(readOnly = true)
  public SafeguardingEnquiry enquiryOf(String processInstanceId) {
    return enquiry(processInstanceId);
  }

  private SafeguardingEnquiry enquiry(String processInstanceId) {
    SafeguardingConcern concern = byProcess(processInstanceId);
    return enquiries.findByConcernId(concern.getId())
        .orElseThrow(() -> new IllegalStateException("No enquiry opened for concern " + concern.getId()));
  }
}
