package org.letstalk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricFormField;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.letstalk.PostgresTest;
import org.letstalk.ProcessTestSupport;
import org.letstalk.contact.ContactIntake;
import org.letstalk.identity.Groups;
import org.letstalk.safeguarding.SafeguardingConcern;
import org.letstalk.safeguarding.SafeguardingConcernRepository;
import org.letstalk.safeguarding.SafeguardingEnquiryRepository;
import org.letstalk.workflow.HistoryWithoutSensitiveDetail;
import org.letstalk.workflow.SensitiveVariables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A new contact with a safeguarding concern, taken through the front door and the concern's whole enquiry as
 * Tasklist submits each form: afterwards the engine's history (variables, every value they had, the forms as
 * submitted) holds none of what the person or the referrer told us, and no running process does outside the
 * safeguarding process's own, while the case tables still hold all of it and the record shows it to safeguarding.
 */
@PostgresTest
class SensitiveDetailOutOfHistoryTest extends ProcessTestSupport {

  static final ZoneId LONDON = ZoneId.of("Europe/London");

  @Autowired
  HistoryService history;

  @Autowired
  FormService forms;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  ContactIntake contacts;

  @Autowired
  SafeguardingConcernRepository concerns;

  @Autowired
  SafeguardingEnquiryRepository enquiries;

  @Autowired
  TestRestTemplate http;

  /** In every value typed below, so any copy of one is found wherever it is. */
  final String mark = "m" + UUID.randomUUID().toString().replace("-", "");

  @BeforeEach
  void mondayMorning() {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2026, 11, 30, 9, 30).atZone(LONDON).toInstant()));
  }

  @Test
  void theEngineKeepsFullHistoryUnderItsOwnIdLessTheDetail() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine
        .getProcessEngineConfiguration();
    assertThat(configuration.getHistoryLevel().getName()).isEqualTo(HistoryWithoutSensitiveDetail.NAME);
    assertThat(jdbc.queryForObject("select value_ from act_ge_property where name_ = 'historyLevel'", String.class))
        .as("the database keeps full history's id, as databases made before it do").isEqualTo("3");
  }

  @Test
  void aConcernAtTheFrontDoorThroughToTheEndOfItsEnquiryLeavesNoDetailInTheEngine() {
    Map<String, Object> contactForm = new HashMap<>();
    contactForm.put("givenName", "Iris");
    contactForm.put("familyName", "Hist" + mark);
    contactForm.put("dateOfBirth", "1938-02-11");
    contactForm.put("postcode", "M33 7HH");
    contactForm.put("address", "4 Cherry Row " + mark);
    contactForm.put("phone", "0161 000 1234");
    contactForm.put("routeOfAccess", "PROFESSIONAL");
    contactForm.put("contactMethod", "PHONE");
    contactForm.put("contactName", "District nurse " + mark);
    contactForm.put("contactPhone", "0161 111 2222");
    contactForm.put("presentingNeed", "Not eating; bruises on her arms " + mark);
    contactForm.put("consentToShare", true);
    contactForm.put("consentNotes", "Agreed on the phone " + mark);
    contactForm.put("safeguardingConcern", true);
    contactForm.put("safeguardingDetail", "Her grandson takes her card and shouts at her " + mark);
    ProcessInstance contact = as("frontdoor", () -> forms.submitStartForm(repositoryProcessDefinition("new-contact"),
        new HashMap<>(contactForm)));
    SafeguardingConcern raised = concerns.findByRaisedInProcessInstanceId(contact.getId()).get(0);
    ProcessInstance concern = runtime.createProcessInstanceQuery()
        .processInstanceId(raised.getProcessInstanceId()).singleResult();
    assertThat(concern).isWaitingAt("Task_DecideConcern");
    // Once recorded, the contact keeps only the need its own tasks show (and the name every task shows).
    assertThat(runtime.getVariables(contact.getId())).as("the contact's running variables")
        .containsKey("contactId")
        .allSatisfy((name, value) -> assertThat(!String.valueOf(value).contains(mark)
            || List.of("personName", "presentingNeed").contains(name)).as(name).isTrue());

    submit("senior", concern, "Task_DecideConcern", Map.of("abuseType", "FINANCIAL_OR_MATERIAL",
        "capacity", "HAS_CAPACITY", "careAndSupportNeeds", "MET_BY_COUNCIL", "experiencingOrAtRiskOfAbuse", true,
        "unableToProtectThemselves", true, "route", "S42_ENQUIRY",
        "decisionReason", "Spoke to Iris; she is frightened of him " + mark));
    submit("safeguarding", concern, "Task_EnquiryDiscussion", Map.of("meetingKind", "STRATEGY_MEETING",
        "meetingHeldOn", "2026-11-30", "meetingAttendees", "Safeguarding team, police " + mark,
        "meetingNotes", "Speak to Iris alone " + mark, "outcomesPersonWants", "Her card back " + mark,
        "representativeRole", "INDEPENDENT_ADVOCATE", "representativeName", "Asha Advocate" + mark,
        "representativeRelationship", "Care Act advocate " + mark));
    submit("safeguarding", concern, "Task_EnquiryActions", Map.of("enquiryActionsTaken", "Bank told " + mark,
        "enquiryFindings", "Grandson took most of her pension " + mark));
    submit("safeguarding", concern, "Task_ProtectionPlan", Map.of("protectionPlan", "New card to Iris " + mark,
        "planReviewDueOn", "2026-12-14"));
    submit("safeguarding", concern, "Task_ReviewProtectionPlan", Map.of("planReviewNotes", "Safe now " + mark,
        "planReviewOutcome", "CONCLUDE_ENQUIRY"));
    submit("safeguarding", concern, "Task_ConcludeEnquiry", Map.of("mspOutcome", "PARTLY", "riskOutcome", "REDUCED",
        "conclusionSummary", "Money safe; still sees him " + mark));
    assertThat(concern).isEnded();
    submit("frontdoor", contact, "Task_DecideContactOutcome", Map.of("outcome", "INFORMATION_AND_ADVICE",
        "outcomeReason", "Safeguarding has it " + mark, "informationGiven", "Nurse told of the enquiry " + mark));
    assertThat(contact).isEnded();

    List<String> processes = List.of(contact.getId(), concern.getId());
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceIdIn(processes.toArray(String[]::new))
        .includeDeleted().list()).as("variables in history")
        .isNotEmpty()
        .noneMatch(v -> SensitiveVariables.isSensitive(v.getName()))
        .noneMatch(v -> String.valueOf(v.getValue()).contains(mark) && !"personName".equals(v.getName()));
    List<HistoricDetail> details = new ArrayList<>();
    processes.forEach(p -> details.addAll(history.createHistoricDetailQuery().processInstanceId(p).list()));
    assertThat(details).as("every value a variable had, and every form submitted")
        .isNotEmpty()
        .noneMatch(d -> d instanceof HistoricFormField)
        .noneMatch(d -> d instanceof HistoricVariableUpdate u && SensitiveVariables.isSensitive(u.getVariableName()))
        .noneMatch(d -> d instanceof HistoricVariableUpdate u && String.valueOf(u.getValue()).contains(mark)
            && !"personName".equals(u.getVariableName()));
    // The tables themselves, whichever route reads them: only the person's name, carried for their tasks.
    for (String table : List.of("act_hi_varinst", "act_hi_detail", "act_ru_variable")) {
      assertThat(jdbc.queryForList("select name_ from " + table + " where text_ like ? or text2_ like ?",
          String.class, "%" + mark + "%", "%" + mark + "%")).as(table).allMatch("personName"::equals);
    }

    // The case tables keep it all, and the record shows it to those who may read it.
    assertThat(contacts.safeguardingDetail(raised.getRaisedInContactId().toString())).contains(mark);
    SafeguardingConcern kept = concerns.findByProcessInstanceId(concern.getId()).orElseThrow();
    assertThat(kept.getDescription()).contains(mark);
    assertThat(enquiries.findByConcernId(kept.getId()).orElseThrow().getMeetingNotes()).contains(mark);
    String reader = SecurityFixtures.onlyIn(identity, Groups.SAFEGUARDING);
    String page = http.withBasicAuth(reader, SecurityFixtures.PASSWORD)
        .exchange("/people/" + kept.getPersonId(), HttpMethod.GET, null, String.class).getBody();
    assertThat(page).contains("Her grandson takes her card and shouts at her " + mark);
  }

  private String repositoryProcessDefinition(String key) {
    return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key).latestVersion()
        .singleResult().getId();
  }

  /** As Tasklist completes a task: the form's fields submitted. */
  private void submit(String user, ProcessInstance instance, String taskDefinitionKey, Map<String, Object> form) {
    Task task = task(taskDefinitionKey, instance);
    assertThat(task).as("open task " + taskDefinitionKey).isNotNull();
    as(user, () -> forms.submitTaskForm(task.getId(), new HashMap<>(form)));
  }
}
