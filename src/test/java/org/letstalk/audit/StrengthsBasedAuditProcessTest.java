package org.letstalk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.letstalk.RefusalAssertions.assertThatRejected;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.letstalk.PostgresTest;
import org.letstalk.ProcessTestSupport;
import org.letstalk.person.Person;
import org.letstalk.person.PersonRepository;
import org.letstalk.team.Teams;
import org.letstalk.validation.InputRejectedException;
import org.letstalk.workflow.DueDates;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every path of the monthly strengths-based audit, from the timer on the 25th to the thematic review. */
@PostgresTest
class StrengthsBasedAuditProcessTest extends ProcessTestSupport {

  private static final String KEY = "strengths-based-audit";

  @Autowired
  Teams teams;

  @Autowired
  PersonRepository people;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  CaseAuditRepository caseAudits;

  @Autowired
  DueDates dueDates;

  @Autowired
  AuditRoundRepository rounds;

  @Test
  void aMonthWithNothingWorkedEndsAtOnce() {
    AuditFixtures world = world();

    String round = fireTimer(world);

    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(round).list())
        .extracting(HistoricActivityInstance::getActivityId)
        .contains("StartEvent_TwentyFifth", "Task_PickCases", "Gateway_AnyCases", "EndEvent_NothingToAudit")
        .doesNotContain("SubProcess_AuditCase");
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(round).count()).as("ended").isZero();
  }

  @Test
  void goodAndPoorAuditsGoToTheThematicReviewAndPoorEscalatesToTheTeamManager() {
    AuditFixtures world = world();
    String tm = world.user("tm");
    String worker = world.user("w");
    world.team("Audited", tm, null, worker);
    Person good = world.workedCase("Gwen", worker);
    Person poor = world.workedCase("Percy", worker);

    ProcessInstance round = running(fireTimer(world));

    assertThat(round).isWaitingAt("Task_AuditCase");
    Task goodAudit = auditTaskFor(round, good);
    Task poorAudit = auditTaskFor(round, poor);
    assertThat(goodAudit.getName()).isEqualTo("Strengths-based audit: Gwen Audit" + world.tag);
    assertThat(goodAudit.getAssignee()).as("a service manager from outside the team").isNotIn(tm, worker);
    assertThat(goodAudit.getDueDate()).as("audits are done on the 25th, or the next working day [T 6.8]")
        .isEqualTo(dueDates.workingDays(0));
    // At most four days on: a Christmas on a Saturday moves both bank holidays to the Monday and Tuesday after.
    assertThat(toLocalDate(goodAudit.getDueDate())).isBetween(world.month.plusMonths(1).atDay(25),
        world.month.plusMonths(1).atDay(25).plusDays(4));

    String poorAuditId = auditIdOf(poorAudit);
    completeAudit(goodAudit, grades("GOOD"));
    Map<String, Object> poorForm = grades("GOOD");
    poorForm.put("prevention", "POOR");
    poorForm.put("commentary", "No information and advice recorded; no thought given to assistive technology");
    poorForm.put("areasForDevelopment", "Prevention");
    completeAudit(poorAudit, poorForm);

    Task support = taskService.createTaskQuery().processInstanceId(round.getId())
        .taskDefinitionKey("Task_SupportWorker").singleResult();
    assertThat(support).isAssignedTo(tm);
    assertThat(support.getName()).contains("Percy Audit" + world.tag);
    assertThat(round).isWaitingAt("Task_SupportWorker").isNotWaitingAt("Task_ThematicReview");

    as(tm, () -> taskService.complete(support.getId(), Map.of("followUpAction", "Supervision booked on prevention")));

    Task review = task("Task_ThematicReview", round);
    assertThat(review).hasCandidateGroup("process-owners");
    String summary = (String) runtime.getVariable(round.getId(), "auditSummary");
    assertThat(summary).contains("2 case audits completed")
        .contains("Overall: Good 2")
        .contains("Prevention: Good 1, Poor 1")
        .contains("Poor: Percy Audit" + world.tag)
        .contains("Supervision booked on prevention");
    complete("processowner", round, "Task_ThematicReview",
        Map.of("themes", "Prevention is weak: information and advice not recorded"));

    assertThat(round).isEnded().hasPassed("EndEvent_AuditDone", "EndEvent_FollowedUp", "EndEvent_Reviewed");
    CaseAudit stored = caseAudits.findById(UUID.fromString(poorAuditId)).orElseThrow();
    assertThat(stored.finding()).isEqualTo(AuditFinding.POOR);
    assertThat(stored.getFollowUpBy()).isEqualTo(tm);
    assertThat(rounds.findByProcessInstanceId(round.getId()).orElseThrow().getThemes()).startsWith("Prevention is weak");
  }

  @Test
  void anUnacceptableAuditAsksTheTeamManagerAndTheServiceManagerToInterveneTheSameDay() {
    AuditFixtures world = world();
    String tm = world.user("tm");
    String sm = world.user("sm");
    String worker = world.user("w");
    world.team("Intervene", tm, sm, worker);
    Person person = world.workedCase("Una", worker);

    ProcessInstance round = running(fireTimer(world));
    Map<String, Object> form = grades("ADEQUATE");
    form.put("keepingSafe", "UNACCEPTABLE");
    form.put("overallGrade", "POOR");
    form.put("commentary", "Risk of falls never assessed; no safeguarding consideration");
    completeAudit(auditTaskFor(round, person), form);

    Task intervene = taskService.createTaskQuery().processInstanceId(round.getId())
        .taskDefinitionKey("Task_Intervene").singleResult();
    assertThat(intervene).isAssignedTo(tm);
    assertThat(taskService.getIdentityLinksForTask(intervene.getId())).extracting(IdentityLink::getUserId)
        .as("the service manager over the team sees it too").contains(sm);
    assertThat(intervene.getDueDate()).as("the same working day").isEqualTo(dueDates.workingDays(0));
    assertThat(round).isNotWaitingAt("Task_SupportWorker");

    as(sm, () -> taskService.complete(intervene.getId(), Map.of("followUpAction", "Case reallocated today")));
    assertThat(round).isWaitingAt("Task_ThematicReview");
    assertThat((String) runtime.getVariable(round.getId(), "auditSummary")).contains("Unacceptable: Una");
    complete("processowner", round, "Task_ThematicReview", Map.of("themes", "Risk assessment"));
    assertThat(round).isEnded().hasPassed("Task_Intervene", "EndEvent_FollowedUp", "EndEvent_Reviewed");
  }

  @Test
  void badInputIsRefusedNamingTheFieldAndTheTaskStaysOpen() {
    AuditFixtures world = world();
    String tm = world.user("tm");
    String worker = world.user("w");
    world.team("Bad input", tm, null, worker);
    Person person = world.workedCase("Bill", worker);
    ProcessInstance round = running(fireTimer(world));
    Task audit = auditTaskFor(round, person);

    Map<String, Object> missingGrade = grades("GOOD");
    missingGrade.remove("supportPlanning");
    assertRefused(audit, missingGrade, "supportPlanning");

    Map<String, Object> poorWithoutCommentary = grades("GOOD");
    poorWithoutCommentary.put("partnership", "POOR");
    assertRefused(audit, poorWithoutCommentary, "commentary");

    Map<String, Object> unacceptableOverallWithoutCommentary = grades("GOOD");
    unacceptableOverallWithoutCommentary.put("overallGrade", "UNACCEPTABLE");
    assertRefused(audit, unacceptableOverallWithoutCommentary, "commentary");

    Map<String, Object> notAGrade = grades("GOOD");
    notAGrade.put("wellbeing", "SPLENDID");
    assertRefused(audit, notAGrade, "wellbeing");

    Map<String, Object> poor = grades("GOOD");
    poor.put("partnership", "POOR");
    poor.put("commentary", "No joint working with the GP");
    completeAudit(audit, poor);
    Task support = task("Task_SupportWorker", round);
    assertThatRejected(() -> as(tm, () -> taskService.complete(support.getId(), Map.of())))
        .isInstanceOf(InputRejectedException.class).hasMessageContaining("followUpAction: is required");
    assertThat(task("Task_SupportWorker", round)).isNotNull();
    as(tm, () -> taskService.complete(support.getId(), Map.of("followUpAction", "Joint visit with the GP arranged")));

    Task review = task("Task_ThematicReview", round);
    assertThatRejected(() -> as("processowner", () -> taskService.complete(review.getId(), Map.of("themes", " "))))
        .isInstanceOf(InputRejectedException.class).hasMessageContaining("themes: is required");
    assertThat(rounds.findByProcessInstanceId(round.getId()).orElseThrow().getThemes()).isNull();
    assertThat(round).isWaitingAt("Task_ThematicReview");
  }

  private void assertRefused(Task audit, Map<String, Object> form, String field) {
    assertThatRejected(() -> completeAudit(audit, form))
        .isInstanceOf(InputRejectedException.class)
        .satisfies(e -> assertThat(((InputRejectedException) e).getField()).isEqualTo(field));
    assertThat(taskService.createTaskQuery().taskId(audit.getId()).count()).as("task still open").isOne();
    assertThat(caseAudits.findById(UUID.fromString(auditIdOf(audit))).orElseThrow().isCompleted())
        .as("nothing stored").isFalse();
  }

  private AuditFixtures world() {
    return new AuditFixtures(identity, teams, people, jdbc);
  }

  /** Fires the timer start event on the 25th after the world's month, as the job executor would. */
  private String fireTimer(AuditFixtures world) {
    Job timer = management.createJobQuery().processDefinitionKey(KEY).timers().active().singleResult();
    assertThat(timer).as("the timer start event is scheduled").isNotNull();
    Set<String> before = roundsStarted();
    management.setJobDuedate(timer.getId(), world.twentyFifth());
    ClockUtil.setCurrentTime(world.twentyFifth());
    management.executeJob(timer.getId());
    Set<String> started = roundsStarted();
    started.removeAll(before);
    assertThat(started).as("one audit round started").hasSize(1);
    return started.iterator().next();
  }

  private Set<String> roundsStarted() {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(KEY).list().stream()
        .map(HistoricProcessInstance::getId).collect(Collectors.toSet());
  }

  private ProcessInstance running(String id) {
    ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(id).singleResult();
    assertThat(instance).as("round still running").isNotNull();
    return instance;
  }

  private Task auditTaskFor(ProcessInstance round, Person person) {
    return taskService.createTaskQuery().processInstanceId(round.getId()).taskDefinitionKey("Task_AuditCase")
        .list().stream().filter(t -> t.getName().endsWith(person.getFullName())).findFirst().orElseThrow();
  }

  private String auditIdOf(Task task) {
    return (String) runtime.getVariable(task.getExecutionId(), "auditId");
  }

  private void completeAudit(Task audit, Map<String, Object> form) {
    as(audit.getAssignee(), () -> taskService.complete(audit.getId(), new HashMap<>(form)));
  }

  private static Map<String, Object> grades(String grade) {
    Map<String, Object> form = new HashMap<>();
    for (Principle principle : Principle.values()) {
      form.put(principle.field(), grade);
    }
    form.put("overallGrade", grade);
    return form;
  }

  private static LocalDate toLocalDate(java.util.Date date) {
    return date.toInstant().atZone(ZoneId.of("Europe/London")).toLocalDate();
  }
}
