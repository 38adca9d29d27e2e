package org.letstalk.audit;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.letstalk.person.Person;
import org.letstalk.person.PersonRepository;
import org.letstalk.team.Team;
import org.letstalk.team.TeamRepository;
import org.letstalk.store.Idempotent;
import org.letstalk.validation.NoSuchRecordException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The monthly strengths-based audit [T Part 6]: picking cases, recording audits and follow-ups, the review. */
@Service("audits")
@Transactional
public class Audits {

  static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
  static final int SUMMARY_LIMIT = 3900;

  private final AuditRoundRepository rounds;
  private final CaseAuditRepository audits;
  private final AuditCaseSelection selection;
  private final PersonRepository people;
  private final TeamRepository teams;
  private final Clock clock;

  public Audits(AuditRoundRepository rounds, CaseAuditRepository audits, AuditCaseSelection selection,
      PersonRepository people, TeamRepository teams, Clock clock) {
    this.rounds = rounds;
    this.audits = audits;
    this.selection = selection;
    this.people = people;
    this.teams = teams;
    this.clock = clock;
  }

  /** Starts the round for the month before now, once per process: a retried step finds the round. */
  public AuditRound startRound(String processInstanceId, List<String> serviceManagers) {
    return Idempotent.write(rounds, rounds.findByProcessInstanceId(processInstanceId), () -> {
      YearMonth month = YearMonth.now(clock).minusMonths(1);
      AuditRound round = rounds.saveAndFlush(AuditRound.start(processInstanceId, month, clock.instant()));
      for (AuditCaseSelection.Pick pick : selection.pick(month, serviceManagers)) {
        audits.save(CaseAudit.planned(round.getId(), pick.auditor(), pick.personId(), pick.worker(),
            pick.team().getId(), pick.team().getManagerUserId()));
      }
      return round;
    });
  }

  /** The case audits of the round, as the multi-instance collection of the process. */
  @Transactional(readOnly = true)
  public List<String> caseAuditIds(String processInstanceId) {
    return rounds.findByProcessInstanceId(processInstanceId)
        .map(round -> audits.findByRoundIdOrderByAuditorAscPersonIdAsc(round.getId()).stream()
            .map(a -> a.getId().toString()).toList())
        .orElse(List.of());
  }

  @Transactional(readOnly = true)
  public CaseAudit caseAudit(String auditId) {
    return audits.findById(UUID.fromString(auditId)).orElseThrow(() -> new NoSuchRecordException("no audit " + auditId));
  }

  @Transactional(readOnly = true)
  public Person personOf(CaseAudit audit) {
    return people.findById(audit.getPersonId()).orElseThrow();
  }

  @Transactional(readOnly = true)
  public Team teamOf(CaseAudit audit) {
    return teams.findById(audit.getTeamId()).orElseThrow();
  }

  /** Stores the audit form. */
  public AuditFinding record(String auditId, CaseAuditForm form) {
    CaseAudit audit = caseAudit(auditId);
    audit.complete(form.grades(), form.overall(), form.commentary(), form.areasForDevelopment(),
        form.goodPractice(), clock.instant());
    return audit.finding();
  }

  public void recordFollowUp(String auditId, String action, String managerId) {
    caseAudit(auditId).followedUp(managerId, action, clock.instant());
  }

  /** The month's grades in a few lines, for the Principal Social Worker's thematic review [T 6.10]. */
  public String summarise(String processInstanceId) {
    AuditRound round = rounds.findByProcessInstanceId(processInstanceId).orElseThrow();
    List<CaseAudit> done = audits.findByRoundIdOrderByAuditorAscPersonIdAsc(round.getId()).stream()
        .filter(CaseAudit::isCompleted).toList();
    List<String> lines = new ArrayList<>();
    lines.add(monthName(round) + ": " + done.size() + " case audits completed.");
    lines.add("Overall: " + count(done.stream().map(CaseAudit::getOverallGrade).toList()));
    for (Principle principle : Principle.values()) {
      lines.add(principle.label() + ": " + count(done.stream().map(a -> a.grades().get(principle)).toList()));
    }
    for (CaseAudit audit : done) {
      if (audit.finding() != AuditFinding.SATISFACTORY) {
        lines.add(audit.finding().name().charAt(0) + audit.finding().name().substring(1).toLowerCase()
            + ": " + personOf(audit).getFullName() + " (worker " + audit.getWorker() + ", audited by "
            + audit.getAuditor() + "). " + audit.getCommentary()
            + (audit.getFollowUpAction() == null ? "" : " Follow-up by " + audit.getFollowUpBy() + ": "
            + audit.getFollowUpAction()));
      }
    }
    String summary = String.join("\n", lines);
    if (summary.length() > SUMMARY_LIMIT) {
      summary = summary.substring(0, SUMMARY_LIMIT) + "…";
    }
    round.summarised(summary);
    return summary;
  }

  public void recordThematicReview(String processInstanceId, String themes, String reviewer) {
    AuditRound round = rounds.findByProcessInstanceId(processInstanceId).orElseThrow();
    round.reviewed(themes, reviewer, clock.instant());
  }

  @Transactional(readOnly = true)
  public String monthName(String processInstanceId) {
    return monthName(rounds.findByProcessInstanceId(processInstanceId).orElseThrow());
  }

  private static String monthName(AuditRound round) {
    return MONTH.format(round.getAuditMonth());
  }

  private static String count(List<Grade> grades) {
    if (grades.isEmpty()) {
      return "none";
    }
    Map<Grade, Long> counts = new TreeMap<>(grades.stream()
        .collect(Collectors.groupingBy(g -> g, Collectors.counting())));
    return counts.entrySet().stream().map(e -> e.getKey().label() + " " + e.getValue())
        .collect(Collectors.joining(", "));
  }
}
