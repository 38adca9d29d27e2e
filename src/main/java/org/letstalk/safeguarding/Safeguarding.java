package org.letstalk.safeguarding;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.letstalk.contact.Contact;
import org.letstalk.contact.ContactRepository;
import org.letstalk.person.PersonRepository;
import org.letstalk.safeguarding.SafeguardingConcern.Origin;
import org.letstalk.validation.FormInput;
import org.letstalk.validation.InputRejectedException;
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
  private final DecisionService decisions;
  private final DueDates dueDates;
  private final SafeguardingProperties properties;
  private final Clock clock;

  public Safeguarding(SafeguardingConcernRepository concerns, SafeguardingEnquiryRepository enquiries,
      RepresentativeRepository representatives, PersonRepository people, ContactRepository contacts,
      DecisionService decisions, DueDates dueDates, SafeguardingProperties properties, Clock clock) {
    this.concerns = concerns;
    this.enquiries = enquiries;
    this.representatives = representatives;
    this.people = people;
    this.contacts = contacts;
    this.decisions = decisions;
    this.dueDates = dueDates;
    this.properties = properties;
    this.clock = clock;
  }

  public SafeguardingConcern raise(String processInstanceId, Map<String, ?> values, Origin origin) {
    return concerns.findByProcessInstanceId(processInstanceId).orElseGet(() -> {
      RaisedConcern in = RaisedConcern.from(values, origin.processKey() == null);
      if (in.personId() != null && !people.existsById(in.personId())) {
        throw new InputRejectedException("personId", "no person has this id");
      }
      Instant due = properties.decisionDeadline() != null ? clock.instant().plus(properties.decisionDeadline())
          : dueDates.workingDays(properties.decisionWorkingDays()).toInstant();
      return concerns.saveAndFlush(SafeguardingConcern.raised(processInstanceId, in, origin, clock.instant(), due));
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
  public SafeguardingConcern decide(String processInstanceId, Map<String, ?> values, String decidedBy) {
    SafeguardingConcern concern = byProcess(processInstanceId);
    if (concern.getRoute() != null) {
      return concern;
    }
    ConcernDecision decision = ConcernDecision.from(values);
    if (decidedBy != null && decidedBy.equals(concern.getRaisedBy())) {
      throw new InputRejectedException("route",
          "you raised this concern: another senior practitioner or manager must decide it [T 3.11]");
    }
    if (concern.getRaisedInContactId() != null) {
      contacts.findById(concern.getRaisedInContactId()).map(Contact::getPersonId).ifPresent(concern::linkPerson);
    }
    if (decision.route() == ConcernRoute.LETS_TALK_2 && concern.getPersonId() == null) {
      throw new InputRejectedException("route",
          "a Let's Talk 2 is held in the person's involvement: record the person at the front door first");
    }
    DmnDecisionRuleResult answer = decisions.evaluateDecisionTableByKey(S42_CRITERIA)
        .variables(decision.criteria()).evaluate().getSingleResult();
    concern.decided(decision, answer.getEntry("s42DutyApplies"), answer.getEntry("s42Explanation"), decidedBy,
        clock.instant());
    return concern;
  }

  public SafeguardingEnquiry openEnquiry(String processInstanceId, Map<String, ?> values, String by) {
    SafeguardingConcern concern = enquiryConcern(processInstanceId);
    return enquiries.findByConcernId(concern.getId()).orElseGet(() -> {
      FormInput in = FormInput.of(values);
      MeetingKind kind = in.requiredChoice("meetingKind", MeetingKind.class);
      LocalDate heldOn = in.requiredDate("meetingHeldOn");
      if (heldOn.isAfter(LocalDate.now(clock))) {
        throw new InputRejectedException("meetingHeldOn", "is in the future: record the meeting once it has been held");
      }
      String attendees = in.optionalText("meetingAttendees", 1000);
      String notes = in.requiredText("meetingNotes", FormInput.LONG_TEXT);
      String wants = in.requiredText("outcomesPersonWants", FormInput.LONG_TEXT);
      Representation representation = Representation.from(in, concern.getAllegedPersonName());
      if (representation.named()
          && !representatives.existsByConcernIdAndStep(concern.getId(), ENQUIRY_DISCUSSION_STEP)) {
        representatives.save(Representative.recorded(concern.getId(), ENQUIRY_DISCUSSION_STEP, representation, by,
            clock.instant()));
      }
      return enquiries.saveAndFlush(SafeguardingEnquiry.opened(concern.getId(), kind, heldOn, attendees, notes,
          wants, by, clock.instant()));
    });
  }

  public SafeguardingEnquiry recordActions(String processInstanceId, Map<String, ?> values, String by) {
    SafeguardingEnquiry enquiry = enquiry(processInstanceId);
    if (enquiry.getActionsTaken() == null) {
      FormInput in = FormInput.of(values);
      enquiry.actions(in.requiredText("enquiryActionsTaken", FormInput.LONG_TEXT),
          in.requiredText("enquiryFindings", FormInput.LONG_TEXT), by, clock.instant());
    }
    return enquiry;
  }

  public SafeguardingEnquiry recordPlan(String processInstanceId, Map<String, ?> values, String by) {
    SafeguardingEnquiry enquiry = enquiry(processInstanceId);
    if (enquiry.getProtectionPlan() == null) {
      FormInput in = FormInput.of(values);
      enquiry.plan(in.requiredText("protectionPlan", FormInput.LONG_TEXT), reviewDate(in), by, clock.instant());
    }
    return enquiry;
  }

  /** Review number {@code reviewNumber} of the protection plan; the answer says whether the plan goes on. */
  public PlanReviewOutcome reviewPlan(String processInstanceId, Map<String, ?> values, String by, int reviewNumber) {
    SafeguardingEnquiry enquiry = enquiry(processInstanceId);
    FormInput in = FormInput.of(values);
    PlanReviewOutcome outcome = in.requiredChoice("planReviewOutcome", PlanReviewOutcome.class);
    if (enquiry.getPlanReviews() < reviewNumber) {
      String notes = in.requiredText("planReviewNotes", FormInput.LONG_TEXT);
      enquiry.reviewed(notes, outcome == PlanReviewOutcome.CONTINUE_PLAN ? reviewDate(in) : null, by,
          clock.instant());
    }
    return outcome;
  }

  public SafeguardingEnquiry conclude(String processInstanceId, Map<String, ?> values, String by) {
    SafeguardingEnquiry enquiry = enquiry(processInstanceId);
    if (enquiry.getConcludedAt() == null) {
      FormInput in = FormInput.of(values);
      MspOutcome msp = in.requiredChoice("mspOutcome", MspOutcome.class);
      RiskOutcome risk = in.requiredChoice("riskOutcome", RiskOutcome.class);
      enquiry.concluded(msp, risk, in.requiredText("conclusionSummary", FormInput.LONG_TEXT), by, clock.instant());
    }
    return enquiry;
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

  @Transactional(readOnly = true)
  public SafeguardingConcern byProcess(String processInstanceId) {
    return concerns.findByProcessInstanceId(processInstanceId)
        .orElseThrow(() -> new IllegalStateException("No safeguarding concern for process " + processInstanceId));
  }

  @Transactional(readOnly = true)
  public Optional<SafeguardingConcern> find(UUID concernId) {
    return concerns.findById(concernId);
  }

  private LocalDate reviewDate(FormInput in) {
    LocalDate date = in.requiredDate("planReviewDueOn");
    LocalDate today = LocalDate.now(clock);
    if (!date.isAfter(today)) {
      throw new InputRejectedException("planReviewDueOn", "must be after today");
    }
    if (date.isAfter(today.plusMonths(6))) {
      throw new InputRejectedException("planReviewDueOn", "is more than six months away: a protection plan must not drift");
    }
    return date;
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
