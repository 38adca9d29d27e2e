package org.letstalk.longtermsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.letstalk.FormFixtures.with;
import static org.letstalk.RefusalAssertions.assertThatRejected;
import static org.letstalk.longtermsupport.LetsTalk3Fixtures.analysis;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.letstalk.PostgresTest;
import org.letstalk.person.Deaths;
import org.letstalk.person.WorkEndedByDeath;
import org.letstalk.validation.InputRejectedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Deprivation of liberty and continuing health care beyond the referral [T 2.56; H P4]: an authorisation is
 * recorded with its dates and conditions and reviewed before it ends; a continuing health care decision is
 * recorded, and the council's funding meanwhile flagged for recovery when the NHS is found to pay.
 */
@PostgresTest
class DeprivationOfLibertyAndContinuingHealthCareTest extends LetsTalk3TestSupport {

  @Autowired
  DeprivationOfLiberty dols;

  @Autowired
  ContinuingHealthCare chc;

  @Autowired
  UnwiseDecisions unwise;

  @Autowired
  Deaths deaths;

  @Autowired
  TestRestTemplate http;

  static Date london(int year, int month, int day, int hour) {
    return Date.from(LocalDateTime.of(year, month, day, hour, 0).atZone(ZoneId.of("Europe/London")).toInstant());
  }

  /**
   * A standard authorisation lasts a year at most (Mental Capacity Act 2005 Sch. A1 para. 42), so it is reviewed
   * at least every 12 months: its review appears in the safeguarding team's inbox 28 days before it ends, due on
   * its last day, and a further authorisation is reviewed in turn [T 2.56].
   */
  @Test
  void anAuthorisationIsRecordedWithItsDatesAndConditionsAndReviewedBeforeItEnds() {
    ProcessInstance lt3 = letsTalk3Of(involvementAfterLetsTalk1("Eve"));
    complete("practitioner2", lt3, "Task_HoldLetsTalk3", with(analysis(), "dolsRisk", true));
    UUID eve = UUID.fromString((String) runtime.getVariable(lt3.getId(), "personId"));
    Map<String, Object> granted = Map.of("dolsAction", "Standard authorisation asked for and granted",
        "dolsAuthorised", true, "dolsGrantedOn", "2026-12-01", "dolsExpiresOn", "2027-12-31",
        "dolsConditions", "Her daughter visits every Sunday; a walk outside each day with staff");

    assertThatRejected(() -> complete("safeguarding", lt3, "Task_ConsiderDeprivationOfLiberty", granted))
        .isInstanceOfSatisfying(InputRejectedException.class,
            e -> assertThat(e.getField()).as("more than a year").isEqualTo("dolsExpiresOn"));
    assertThat(lt3).isWaitingAt("Task_ConsiderDeprivationOfLiberty");
    assertThat(dols.of(eve)).isEmpty();

    complete("safeguarding", lt3, "Task_ConsiderDeprivationOfLiberty", with(granted, "dolsExpiresOn", "2027-11-30"));

    assertThat(lt3).hasPassed("Event_StartDolsReview", "EndEvent_DolsAuthorised");
    DeprivationOfLiberty.Authorisation first = dols.of(eve).get(0);
    assertThat(first.grantedOn()).isEqualTo(LocalDate.of(2026, 12, 1));
    assertThat(first.expiresOn()).isEqualTo(LocalDate.of(2027, 11, 30));
    assertThat(first.conditions()).startsWith("Her daughter visits every Sunday");
    assertThat(first.reviewDueOn()).isEqualTo(LocalDate.of(2027, 11, 2));
    assertThat(runtime.getVariables(lt3.getId())).as("the conditions live on the record")
        .doesNotContainKey("dolsConditions");
    ProcessInstance review = runtime.createProcessInstanceQuery()
        .processDefinitionKey("deprivation-of-liberty-review").processInstanceBusinessKey(eve.toString())
        .singleResult();
    assertThat(review).isWaitingAt("Timer_ReviewDue");

    advanceTimeAndRunDueJobs(london(2027, 11, 2, 9), review);
    Task due = reviewTask(review);
    assertThat(due.getName()).startsWith("Review the deprivation of liberty authorisation: Eve Conv");
    assertThat(due.getDueDate()).as("before it ends").isEqualTo(london(2027, 11, 30, 17));
    assertThat(due.getCamundaFormRef().getKey()).isEqualTo("deprivation-of-liberty-review");
    assertThat(taskService.getIdentityLinksForTask(due.getId())).extracting(IdentityLink::getGroupId)
        .containsExactly("safeguarding");
    assertThat(taskService.createTaskQuery().taskCandidateGroup("safeguarding").taskId(due.getId()).count())
        .as("in the safeguarding team's inbox").isOne();

    complete("safeguarding", review, "Task_ReviewAuthorisation", Map.of("dolsReviewNotes", "Still needed; kept",
        "dolsRenewed", true, "dolsGrantedOn", "2027-11-25", "dolsExpiresOn", "2028-05-24",
        "dolsConditions", "As before"));

    List<DeprivationOfLiberty.Authorisation> both = dols.of(eve);
    assertThat(both).extracting(DeprivationOfLiberty.Authorisation::expiresOn)
        .containsExactly(LocalDate.of(2028, 5, 24), LocalDate.of(2027, 11, 30));
    assertThat(review).isWaitingAt("Timer_ReviewDue");

    advanceTimeAndRunDueJobs(london(2028, 4, 26, 9), review);
    assertThat(reviewTask(review).getDueDate()).isEqualTo(london(2028, 5, 24, 17));
    complete("safeguarding", review, "Task_ReviewAuthorisation",
        Map.of("dolsReviewNotes", "She has settled at home; no longer deprived of her liberty"));
    assertThat(review).isEnded().hasPassed("EndEvent_Ended");

    // [T 2.56]: each authorisation and each review is on her chronology, with its dates and conditions.
    assertThat(chronology(eve)).extracting(e -> e.get("title")).contains(
        "Deprivation of liberty authorised: 1 December 2026 to 30 November 2027",
        "Deprivation of liberty reviewed: a further authorisation follows",
        "Deprivation of liberty authorised again: 25 November 2027 to 24 May 2028",
        "Deprivation of liberty reviewed: not renewed");
    assertThat(chronology(eve))
        .filteredOn(e -> "Deprivation of liberty authorised: 1 December 2026 to 30 November 2027".equals(e.get("title")))
        .singleElement().satisfies(e -> assertThat(e.get("details").toString()).contains(
            "Conditions: Her daughter visits every Sunday", "Review due by 2 November 2027"));
    assertThat(chronology(eve))
        .filteredOn(e -> "Deprivation of liberty reviewed: not renewed".equals(e.get("title")))
        .singleElement().satisfies(e -> assertThat(e.get("details").toString())
            .contains("What the review found: She has settled at home"));
  }

  /**
   * A joint package flags the council's funding meanwhile for recovery [T 2.56; H P4]: the council funded without
   * prejudice, so the NHS owes its weekly share for each day the council paid while the NHS was responsible, and
   * the amount and the days are kept with the case and shown on the record.
   */
  @Test
  void aJointPackageRecordsWhatTheNhsOwesForWhichDaysAndShowsItOnTheRecord() {
    ProcessInstance chcProcess = referredForChc("Fay");
    Task decision = taskService.createTaskQuery().processInstanceId(chcProcess.getId()).singleResult();
    assertThat(decision.getAssignee()).isEqualTo("practitioner2");
    assertThat(decision.getDueDate()).isNotNull();

    assertThatRejected(() -> complete("practitioner2", chcProcess, "Task_RecordChcDecision",
        Map.of("chcDecidedOn", "2026-12-20", "fundedWithoutPrejudice", true, "fundedFrom", "2026-12-01")))
        .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.getProblems())
            .extracting(InputRejectedException.Problem::field).containsExactly("chcOutcome", "weeklyCostMeanwhile"));
    Map<String, Object> joint = Map.of("chcOutcome", "JOINT_PACKAGE", "chcDecidedOn", "2026-12-20",
        "fundedWithoutPrejudice", true, "fundedFrom", "2026-12-01", "weeklyCostMeanwhile", 180);
    assertThatRejected(() -> complete("practitioner2", chcProcess, "Task_RecordChcDecision",
        with(joint, "nhsWeeklyShare", 200, "councilPaidUntil", "2026-11-30")))
        .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.getProblems())
            .extracting(InputRejectedException.Problem::field)
            .containsExactly("nhsResponsibleFrom", "councilPaidUntil", "nhsWeeklyShare"));
    assertThat(chcProcess).isWaitingAt("Task_RecordChcDecision");

    // The NHS is responsible from 8 December; the council paid until 21 December: 14 days at £70 a week.
    Map<String, Object> owedBefore = fundingFigures();
    complete("practitioner2", chcProcess, "Task_RecordChcDecision", with(joint, "nhsResponsibleFrom", "2026-12-08",
        "councilPaidUntil", "2026-12-21", "nhsWeeklyShare", 70));

    // The finance team invoices the NHS: a task of their own, due in ten working days, showing the amount.
    assertThat(chcProcess).isWaitingAt("Task_RecoverFunding");
    Task invoice = taskService.createTaskQuery().processInstanceId(chcProcess.getId())
        .taskDefinitionKey("Task_RecoverFunding").initializeFormKeys().singleResult();
    assertThat(invoice.getName()).startsWith("Recover continuing health care funding from the NHS: Fay");
    assertThat(taskService.getIdentityLinksForTask(invoice.getId())).extracting(IdentityLink::getGroupId)
        .containsExactly("finance");
    assertThat(invoice.getDueDate()).isNotNull();
    assertThat(invoice.getCamundaFormRef().getKey()).isEqualTo("continuing-health-care-recovery");
    assertThat(taskService.getVariable(invoice.getId(), "amountToRecover")).isEqualTo("140.00");
    Map<String, Object> owedMeanwhile = fundingFigures();
    assertThat(new java.math.BigDecimal(owedMeanwhile.get("chcAmountToRecover").toString())
        .subtract(new java.math.BigDecimal(owedBefore.get("chcAmountToRecover").toString())))
        .as("the dashboard counts it as still to recover").isEqualByComparingTo("140.00");

    // The finance team reads no records (docs/record.md): they see what the task in front of them shows, its name,
    // form and Case tab, and the form links to no record they cannot open; opened anyway, a page says so.
    String fay = (String) taskService.getVariable(invoice.getId(), "personId");
    ResponseEntity<Map<String, Object>> besideTask = http.withBasicAuth("finance", "demo").exchange(
        "/api/tasks/" + invoice.getId() + "/case", HttpMethod.GET, null,
        new ParameterizedTypeReference<Map<String, Object>>() { });
    assertThat(besideTask.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(besideTask.getBody().get("person")).isNull();
    assertThat(besideTask.getBody()).containsEntry("refusal", "Your role does not give you this person's record; what the task asks of you is below.");
    HttpHeaders browser = new HttpHeaders();
    browser.set("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
    ResponseEntity<String> record = http.withBasicAuth("finance", "demo").exchange("/people/" + fay,
        HttpMethod.GET, new HttpEntity<>(browser), String.class);
    assertThat(record.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(record.getHeaders().getContentType().toString()).startsWith("text/html");
    assertThat(record.getBody()).contains("<h1>You cannot open this page</h1>");
    assertThat(http.withBasicAuth("finance", "demo").getForEntity("/api/people/" + fay, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    assertThatRejected(() -> complete("finance", chcProcess, "Task_RecoverFunding", Map.of()))
        .isInstanceOfSatisfying(InputRejectedException.class,
            e -> assertThat(e.getField()).isEqualTo("chcInvoiceReference"));
    complete("finance", chcProcess, "Task_RecoverFunding", Map.of("chcInvoiceReference", "INV-2027-0042"));

    assertThat(chcProcess).isEnded().hasPassed("Task_RecordRecovery", "EndEvent_FlaggedForRecovery");
    assertThat(new java.math.BigDecimal(fundingFigures().get("chcAmountToRecover").toString()))
        .as("invoiced, no longer to recover")
        .isEqualByComparingTo(new java.math.BigDecimal(owedBefore.get("chcAmountToRecover").toString()));
    ContinuingHealthCare.Consideration recorded = chc.get(
        UUID.fromString((String) historicVariable(chcProcess, "chcConsiderationId")));
    assertThat(recorded.invoiceReference()).isEqualTo("INV-2027-0042");
    assertThat(recorded.invoicedBy()).isEqualTo("finance");
    assertThat(recorded.outcome()).isEqualTo(ChcOutcome.JOINT_PACKAGE);
    assertThat(recorded.recoveryFlagged()).isTrue();
    assertThat(recorded.weeklyCostMeanwhile()).isEqualByComparingTo("180");
    assertThat(recorded.recoverFrom()).isEqualTo(LocalDate.of(2026, 12, 8));
    assertThat(recorded.recoverUntil()).isEqualTo(LocalDate.of(2026, 12, 21));
    assertThat(recorded.amountToRecover()).isEqualByComparingTo("140.00");

    ResponseEntity<Map<String, Object>> chronology = http.withBasicAuth("practitioner", "demo").exchange(
        "/api/people/" + recorded.personId() + "/chronology", HttpMethod.GET, null,
        new ParameterizedTypeReference<Map<String, Object>>() { });
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> entries = (List<Map<String, Object>>) chronology.getBody().get("entries");
    assertThat(entries).filteredOn(e -> "Continuing health care: a joint package with the NHS".equals(e.get("title")))
        .singleElement().satisfies(e -> assertThat(e.get("details").toString())
            .contains("To recover from the NHS: £140.00, for 8 December 2026 to 21 December 2026 at £70.00 a week",
                "reference INV-2027-0042"));
  }

  /** Eligible: the NHS owes the whole weekly cost for the days the council paid once it was responsible. */
  @Test
  void eligibleRecoversTheWholeWeeklyCostFromTheDayTheNhsWasResponsible() {
    ProcessInstance chcProcess = referredForChc("Gus");
    complete("practitioner2", chcProcess, "Task_RecordChcDecision", Map.of("chcOutcome", "ELIGIBLE",
        "chcDecidedOn", "2026-12-20", "fundedWithoutPrejudice", true, "fundedFrom", "2026-12-10",
        "weeklyCostMeanwhile", 350, "nhsResponsibleFrom", "2026-12-01", "councilPaidUntil", "2026-12-20"));

    ContinuingHealthCare.Consideration recorded = chc.get(
        UUID.fromString((String) historicVariable(chcProcess, "chcConsiderationId")));
    assertThat(recorded.recoverFrom()).as("not before the council paid").isEqualTo(LocalDate.of(2026, 12, 10));
    assertThat(recorded.amountToRecover()).as("11 days at £350 a week").isEqualByComparingTo("550.00");
    assertThat(chcProcess).isWaitingAt("Task_RecoverFunding");

    // The NHS still owes the money after a death: the finance team's task stays open.
    ResponseEntity<String> died = http.withBasicAuth("practitioner", "demo").postForEntity(
        "/api/people/" + recorded.personId() + "/death",
        Map.of("dateOfDeath", LocalDate.now().toString(), "howKnown", "The care home rang"), String.class);
    assertThat(died.getStatusCode().value()).as(died.getBody()).isEqualTo(201);
    assertThat(chcProcess).isWaitingAt("Task_RecoverFunding");
  }

  @Test
  void notEligibleLeavesTheCouncilsFundingWhereItIs() {
    ProcessInstance chcProcess = referredForChc("Gil");
    complete("practitioner2", chcProcess, "Task_RecordChcDecision", Map.of("chcOutcome", "NOT_ELIGIBLE",
        "chcDecidedOn", "2026-12-20", "fundedWithoutPrejudice", true, "fundedFrom", "2026-12-01",
        "weeklyCostMeanwhile", 120));

    assertThat(chcProcess).isEnded().hasPassed("EndEvent_Decided");
    assertThat(chc.get(UUID.fromString((String) historicVariable(chcProcess, "chcConsiderationId")))
        .recoveryFlagged()).isFalse();
  }

  /** An unwise decision with significant risk asks for the service manager's advice [T 2.56]. */
  @Test
  void anUnwiseDecisionWithSignificantRiskAsksTheServiceManagersAdvice() {
    ProcessInstance lt3 = letsTalk3Of(involvementAfterLetsTalk1("Hew"));
    complete("practitioner2", lt3, "Task_HoldLetsTalk3", with(analysis(), "unwiseDecisionWithSignificantRisk", true,
        "unwiseDecision", "Wants to keep using the gas fire he can no longer light safely"));
    UUID hew = UUID.fromString((String) runtime.getVariable(lt3.getId(), "personId"));

    Task ask = taskService.createTaskQuery().processInstanceId(lt3.getId())
        .taskDefinitionKey("Task_AdviseOnUnwiseDecision").singleResult();
    assertThat(taskService.getIdentityLinksForTask(ask.getId())).extracting(IdentityLink::getGroupId)
        .containsExactly("service-managers");
    assertThatRejected(() -> complete("servicemanager", lt3, "Task_AdviseOnUnwiseDecision", Map.of()))
        .isInstanceOfSatisfying(InputRejectedException.class,
            e -> assertThat(e.getField()).isEqualTo("unwiseDecisionAdvice"));
    complete("servicemanager", lt3, "Task_AdviseOnUnwiseDecision",
        Map.of("unwiseDecisionAdvice", "Respect his choice; fit a gas detector and an automatic shut-off"));

    assertThat(lt3).hasPassed("Task_RecordAdvice", "EndEvent_Advised");
    assertThat(unwise.of(hew)).singleElement().satisfies(advice -> {
      assertThat(advice.decision()).startsWith("Wants to keep using the gas fire");
      assertThat(advice.advice()).contains("gas detector");
      assertThat(advice.advisedBy()).isEqualTo("servicemanager");
    });
    assertThat(chronology(hew)).filteredOn(e -> "Service manager's advice on an unwise decision".equals(e.get("title")))
        .singleElement().satisfies(e -> assertThat(e.get("details").toString()).contains(
            "The decision: Wants to keep using the gas fire", "Advice: Respect his choice; fit a gas detector"));
  }

  /**
   * A death ends the person's open work [person-died]: an authorisation's review and a continuing health care
   * consideration end with it and say why, so no task about someone who has died waits in an inbox.
   */
  @Test
  void aDeathEndsTheAuthorisationsReviewAndTheContinuingHealthCareConsideration() {
    ProcessInstance lt3 = letsTalk3Of(involvementAfterLetsTalk1("Ida"));
    complete("practitioner2", lt3, "Task_HoldLetsTalk3", with(analysis(), "dolsRisk", true,
        "chcToBeConsidered", true, "chcReason", "Nursing needs at night"));
    UUID ida = UUID.fromString((String) runtime.getVariable(lt3.getId(), "personId"));
    complete("safeguarding", lt3, "Task_ConsiderDeprivationOfLiberty", Map.of("dolsAction",
        "Standard authorisation asked for and granted", "dolsAuthorised", true,
        "dolsGrantedOn", LocalDate.now().toString(), "dolsExpiresOn", LocalDate.now().plusMonths(6).toString(),
        "dolsConditions", "A walk outside each day with staff"));
    complete("practitioner2", lt3, "Task_ReferForContinuingHealthCare",
        Map.of("chcReferral", "Checklist sent to the ICB's CHC team"));
    ProcessInstance review = runtime.createProcessInstanceQuery()
        .processDefinitionKey("deprivation-of-liberty-review").processInstanceBusinessKey(ida.toString())
        .singleResult();
    ProcessInstance consideration = runtime.createProcessInstanceQuery()
        .processDefinitionKey("continuing-health-care").processInstanceBusinessKey(ida.toString()).singleResult();
    assertThat(review).isWaitingAt("Timer_ReviewDue");
    assertThat(consideration).isWaitingAt("Task_RecordChcDecision");

    ResponseEntity<String> recorded = http.withBasicAuth("practitioner", "demo").postForEntity(
        "/api/people/" + ida + "/death",
        Map.of("dateOfDeath", LocalDate.now().toString(), "howKnown", "The care home rang"), String.class);

    assertThat(recorded.getStatusCode().value()).as(recorded.getBody()).isEqualTo(201);
    assertThat(review).isEnded().hasPassed("Task_RecordWorkEndedByDeath", "EndEvent_PersonDied");
    assertThat(consideration).isEnded().hasPassed("Task_RecordWorkEndedByDeath", "EndEvent_PersonDied");
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(ida.toString())
        .taskDefinitionKey("Task_RecordChcDecision").count()).isZero();
    assertThat(deaths.workEndedFor(ida)).extracting(WorkEndedByDeath::getProcessKey)
        .contains("deprivation-of-liberty-review", "continuing-health-care");
    assertThat(dols.of(ida)).as("the authorisation stays on the record").hasSize(1);
  }

  private ProcessInstance referredForChc(String name) {
    ProcessInstance lt3 = letsTalk3Of(involvementAfterLetsTalk1(name));
    complete("practitioner2", lt3, "Task_HoldLetsTalk3", with(analysis(), "chcToBeConsidered", true,
        "chcReason", "Nursing needs at night"));
    complete("practitioner2", lt3, "Task_ReferForContinuingHealthCare",
        Map.of("chcReferral", "Checklist sent to the ICB's CHC team"));
    assertThat(lt3).hasPassed("Event_AwaitChcDecision", "EndEvent_ChcReferred");
    String person = (String) runtime.getVariable(lt3.getId(), "personId");
    return runtime.createProcessInstanceQuery().processDefinitionKey("continuing-health-care")
        .processInstanceBusinessKey(person).singleResult();
  }

  /** The dashboard's funding figures, as a service manager reads them for this month. */
  @SuppressWarnings("unchecked")
  private Map<String, Object> fundingFigures() {
    LocalDate today = LocalDate.now();
    ResponseEntity<Map<String, Object>> metrics = http.withBasicAuth("servicemanager", "demo").exchange(
        "/api/metrics?from=" + today.withDayOfMonth(1) + "&to=" + today, HttpMethod.GET, null,
        new ParameterizedTypeReference<Map<String, Object>>() { });
    assertThat(metrics.getStatusCode().value()).as(String.valueOf(metrics.getBody())).isEqualTo(200);
    return (Map<String, Object>) metrics.getBody().get("funding");
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> chronology(UUID person) {
    ResponseEntity<Map<String, Object>> chronology = http.withBasicAuth("practitioner", "demo").exchange(
        "/api/people/" + person + "/chronology", HttpMethod.GET, null,
        new ParameterizedTypeReference<Map<String, Object>>() { });
    return (List<Map<String, Object>>) chronology.getBody().get("entries");
  }

  private Task reviewTask(ProcessInstance review) {
    return taskService.createTaskQuery().processInstanceId(review.getId()).initializeFormKeys().singleResult();
  }
}
