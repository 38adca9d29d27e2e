package org.letstalk.taskcase;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.letstalk.authorisation.AuthorisationRecord;
import org.letstalk.authorisation.AuthorisationRequest;
import org.letstalk.authorisation.AuthorisationRequestRepository;
import org.letstalk.identity.Workers;
import org.letstalk.person.PersonRepository;
import org.letstalk.plan.PlanType;
import org.letstalk.plan.SupportPlan;
import org.letstalk.plan.SupportPlanRepository;
import org.letstalk.plan.SupportPlans;
import org.letstalk.record.Alerts;
import org.letstalk.record.PersonRecords;
import org.letstalk.record.PersonSummary;
import org.letstalk.record.RecordPolicy;
import org.letstalk.record.RecordSection;
import org.letstalk.record.SummaryItem;
import org.letstalk.record.Viewer;
import org.letstalk.record.Words;
import org.letstalk.safeguarding.SafeguardingConcern;
import org.letstalk.safeguarding.SafeguardingConcernRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds what Tasklist shows beside a task from the case itself. The person is read through the record's policy
 * (logged, or refused and the refusal logged); what an authorisation task decides is read by whoever holds the task,
 * unless the record is restricted against them.
 */
@Service
@Transactional
public class TaskCases {

  /** How the access log names a read of the person beside a task, and of what a task decides. */
  public static final String READ_BESIDE_TASK = "READ_BESIDE_TASK";
  public static final String READ_TASK_DECISION = "READ_TASK_DECISION";
  /** How the access log names a read of the person on a task's card in the worktray. */
  public static final String READ_TASK_CARD = "READ_TASK_CARD";

  private static final DateTimeFormatter BRITISH = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private static final ZoneId COUNCIL_TIME = ZoneId.of("Europe/London");
  private static final String CITATION = "\\s*\\[[^\\]]*\\]";

  private final PersonRecords records;
  private final RecordPolicy policy;
  private final AuthorisationRequestRepository requests;
  private final SupportPlans plans;
  private final SupportPlanRepository planVersions;
  private final SafeguardingConcernRepository concerns;
  private final Workers workers;
  private final Clock clock;
  private final PersonRepository people;
  private final Alerts alerts;

  public TaskCases(PersonRecords records, RecordPolicy policy, AuthorisationRequestRepository requests,
      SupportPlans plans, SupportPlanRepository planVersions, SafeguardingConcernRepository concerns, Workers workers,
      Clock clock, PersonRepository people, Alerts alerts) {
    this.records = records;
    this.policy = policy;
    this.requests = requests;
    this.plans = plans;
    this.planVersions = planVersions;
    this.concerns = concerns;
    this.workers = workers;
    this.clock = clock;
    this.people = people;
    this.alerts = alerts;
  }

  /**
   * The case beside a task about {@code personId} (null for a task about nobody in particular). The request it
   * decides is the newest of those made in {@code processInstanceIds}; {@code ruleThatDecided} gives the row of the
   * authorisation-level table that chose a request's level.
   */
  public TaskCase beside(String taskName, UUID personId, Collection<String> processInstanceIds, Viewer viewer,
      Function<String, Optional<String>> ruleThatDecided) {
    if (personId == null) {
      return new TaskCase(taskName, null, null, null);
    }
    TaskCase.Person person = null;
    String refusal = null;
    if (policy.mayRead(personId, viewer)) {
      person = person(records.summary(personId, viewer, READ_BESIDE_TASK), viewer);
    } else {
      policy.listed(personId, viewer, READ_BESIDE_TASK);
      refusal = "Your role does not give you this person's record; what the task asks of you is below.";
    }
    Optional<AuthorisationRequest> request = processInstanceIds.stream()
        .map(requests::findByProcessInstanceId).flatMap(Optional::stream)
        .filter(r -> personId.equals(r.getPersonId()))
        .max(Comparator.comparing(AuthorisationRequest::getRequestedAt));
    TaskCase.Decision decision = null;
    if (request.isPresent()) {
      if (policy.readForTask(personId, viewer, READ_TASK_DECISION)) {
        decision = decision(request.get(), ruleThatDecided);
      } else {
        refusal = "This record is restricted: ask the team manager who restricted it.";
      }
    }
    return new TaskCase(taskName, person, refusal, decision);
  }

  private TaskCase.Person person(PersonSummary summary, Viewer viewer) {
    org.letstalk.person.Person p = summary.person();
    LocalDate born = p.getDateOfBirth();
    Integer age = born == null ? null : Period.between(born, LocalDate.now(clock.withZone(COUNCIL_TIME))).getYears();
    String address = String.join(", ", java.util.stream.Stream.of(p.getAddress(), p.getPostcode())
        .filter(part -> part != null && !part.isBlank()).toList());
    List<TaskCase.Line> alerts = summary.alerts().stream()
        .map(a -> new TaskCase.Line(a.getKind().label(), a.getDetail())).toList();
    return new TaskCase.Person(p.getId(), p.getFullName(), born, born == null ? null : Words.date(born), age,
        p.getNhsNumber(), address.isEmpty() ? null : address, alerts,
        policy.maySeeSafeguarding(viewer) ? safeguarding(p.getId()) : null,
        lines(summary, RecordSection.ALLOCATION), lines(summary, RecordSection.OPEN_INVOLVEMENT),
        lines(summary, RecordSection.ACTIVE_PLANS), "/people/" + p.getId());
  }

  private static List<TaskCase.Line> lines(PersonSummary summary, RecordSection section) {
    return summary.sections().getOrDefault(section, List.of()).stream()
        .map((SummaryItem item) -> new TaskCase.Line(item.label(), item.detail())).toList();
  }

  /** The latest concern about the person and where it stands, or null when none was ever raised. */
  private String safeguarding(UUID personId) {
    List<SafeguardingConcern> raised = concerns.findByPersonIdOrderByRaisedAt(personId);
    if (raised.isEmpty()) {
      return null;
    }
    SafeguardingConcern latest = raised.get(raised.size() - 1);
    String where = latest.getRoute() == null ? "waiting for a safeguarding decision"
        : "decided on " + Words.date(latest.getDecidedAt()) + ": " + switch (latest.getRoute()) {
          case S42_ENQUIRY -> "a section 42 enquiry";
          case LETS_TALK_2 -> "handled through a Let's Talk 2";
          case NO_FURTHER_ACTION -> "no further safeguarding action";
        };
    return (raised.size() == 1 ? "A safeguarding concern" : raised.size() + " safeguarding concerns, the latest")
        + " raised on " + Words.date(latest.getRaisedAt()) + ", " + where;
  }

  private TaskCase.Decision decision(AuthorisationRequest r, Function<String, Optional<String>> ruleThatDecided) {
    SupportPlan asked = r.getSubjectId() == null ? null : planVersions.findById(r.getSubjectId()).orElse(null);
    String kind = asked == null ? PlanType.CARE_AND_SUPPORT.kind() : asked.getPlanType().kind();
    SupportPlan inForce = plans.activeFor(r.getPersonId()).stream()
        .filter(plan -> plan.getPlanType().kind().equals(kind)).findFirst().orElse(null);
    // A change at review names the plan in force itself; a new plan names its draft, whose lines are what is asked.
    SupportPlan subjectPlan = inForce != null && asked != null && inForce.getId().equals(asked.getId()) ? null : asked;
    boolean fundingDecision = r.getRequestType().decidesLongTermFunding();
    SupportPlan current = fundingDecision ? inForce : null;
    SupportPlan lines = subjectPlan != null ? subjectPlan : current;
    BigDecimal difference = current == null || current.getWeeklyCost() == null || r.getWeeklyCost() == null ? null
        : r.getWeeklyCost().subtract(current.getWeeklyCost());
    List<TaskCase.PlanItem> items = lines == null ? List.of() : plans.lines(lines.getId()).stream()
        .map(i -> new TaskCase.PlanItem(i.getOutcome(), i.getHowItIsMet(), i.getProvider(), i.getFrequency(),
            i.getWeeklyCost())).toList();
    String why = ruleThatDecided.apply(r.getProcessInstanceId())
        .map(text -> text.replaceAll(CITATION, "").trim()).orElse(null);
    Map<String, String> names = workers.namesOf(List.of(r.getRequestedBy()));
    return new TaskCase.Decision(r.getRequestType().name(), AuthorisationRecord.what(r.getRequestType()),
        r.getWeeklyCost(), r.getOneOffAmount(), r.isResidential(),
        current == null ? null : current.getPlanType().label() + ", version " + current.getVersionNo(),
        current == null ? null : current.getWeeklyCost(), difference, items,
        names.getOrDefault(r.getRequestedBy(), r.getRequestedBy()), Words.date(r.getRequestedAt()), r.getSummary(),
        AuthorisationRecord.level(r.getLevel()), why, r.getEscalations(), Words.of(r.getStatus()));
  }

  /**
   * The card of a task named {@code taskName} about {@code personId} (null for a task about nobody), due {@code due}
   * (null for none): the person and their alerts are named only to whoever may read their record, and the read is
   * logged as any list's is; {@code safeguardingWork} marks a task of a safeguarding process itself.
   */
  public TaskCard card(String taskName, UUID personId, Instant due, boolean safeguardingWork, Viewer viewer) {
    Instant now = clock.instant();
    String work = kindOfWork(taskName);
    String dueShown = due == null ? null : BRITISH.format(due.atZone(COUNCIL_TIME));
    boolean overdue = due != null && due.isBefore(now);
    boolean maySeeSafeguarding = policy.maySeeSafeguarding(viewer);
    org.letstalk.person.Person person = personId == null || !policy.listed(personId, viewer, READ_TASK_CARD) ? null
        : people.findById(personId).orElse(null);
    if (person == null) {
      return new TaskCard(work, null, null, null, List.of(), dueShown, overdue,
          maySeeSafeguarding ? safeguardingWork : null);
    }
    LocalDate born = person.getDateOfBirth();
    Integer age = born == null ? null : Period.between(born, LocalDate.ofInstant(now, COUNCIL_TIME)).getYears();
    List<String> alertsInForce = alerts.inForce(personId).stream().map(alert -> alert.getDetail() == null
        || alert.getDetail().isBlank() ? alert.getKind().label() : alert.getKind().label() + ": " + alert.getDetail())
        .toList();
    return new TaskCard(work, person.getFullName(), born == null ? null : BRITISH.format(born), age, alertsInForce,
        dueShown, overdue,
        maySeeSafeguarding ? safeguardingWork || !concerns.findByPersonIdOrderByRaisedAt(personId).isEmpty() : null);
  }

  /** "Authorise funding change: Edna Jones" is work of the kind "Authorise funding change". */
  private static String kindOfWork(String taskName) {
    if (taskName == null) {
      return null;
    }
    int person = taskName.indexOf(": ");
    return person > 0 ? taskName.substring(0, person) : taskName;
  }
}
