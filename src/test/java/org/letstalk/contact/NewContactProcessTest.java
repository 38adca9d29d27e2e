package org.letstalk.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.letstalk.FormFixtures.with;
import static org.letstalk.RefusalAssertions.assertThatRejected;
import static org.letstalk.contact.ContactFixtures.freshNhsNumber;
import static org.letstalk.contact.ContactFixtures.informationAndAdvice;
import static org.letstalk.contact.ContactFixtures.newContact;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.identity.User;
import org.letstalk.identity.Groups;
import org.letstalk.team.TeamDuty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.letstalk.PostgresTest;
import org.letstalk.ProcessTestSupport;
import org.letstalk.involvement.Involvement;
import org.letstalk.involvement.Involvements;
import org.letstalk.person.PersonMatch.MatchStatus;
import org.letstalk.person.PersonRepository;
import org.letstalk.team.Team;
import org.letstalk.team.Teams;
import org.letstalk.validation.InputRejectedException;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of new-contact [T 7.7, 7.18]. */
@PostgresTest
class NewContactProcessTest extends ProcessTestSupport {

  /** The demo North locality's queue: the demo practitioner's team. */
  static final String NORTH = "team-north-locality-demo";
  /** The demo front door's queue. */
  static final String FRONT_DOOR_TEAM = "team-front-door-demo";

  @Autowired
  Involvements involvements;

  @Autowired
  Teams teams;

  @Autowired
  ContactRepository contacts;

  @Autowired
  PersonRepository people;

  @Autowired
  JdbcTemplate jdbc;

  /**
   * A contact's own tasks are team work [issue 21, "teams are the unit of allocation"]: they wait in the queue of the
   * team of whoever took the contact, and in the council's front door team's for someone in no team, never in every
   * role's queue in the council.
   */
  @Test
  void aContactsOwnTasksWaitInTheQueueOfTheTeamThatTookIt() {
    ProcessInstance inNorth = startContact("practitioner", newContact());
    Task northsDecision = task("Task_DecideContactOutcome", inNorth);
    assertThat(groupsOf(northsDecision)).containsExactly(NORTH);
    assertThat(as("practitioner2", () -> taskService.createTaskQuery().taskId(northsDecision.getId()).count()))
        .as("another locality's practitioner does not see it").isZero();
    assertThat(as("senior", () -> taskService.createTaskQuery().taskId(northsDecision.getId()).count()))
        .as("a colleague in North does").isOne();

    String inNoTeam = worker("loner-" + UUID.randomUUID().toString().substring(0, 8), Groups.FRONT_DOOR);
    ProcessInstance fromSomeoneInNoTeam = startContact(inNoTeam, newContact());
    assertThat(teams.withDuty(TeamDuty.FRONT_DOOR)).get().extracting(Team::getGroupId).isEqualTo(FRONT_DOOR_TEAM);
    Task frontDoors = task("Task_DecideContactOutcome", fromSomeoneInNoTeam);
    assertThat(groupsOf(frontDoors)).as("the council's front door team").containsExactly(FRONT_DOOR_TEAM);
    assertThat(as("frontdoor", () -> taskService.createTaskQuery().taskId(frontDoors.getId()).count())).isOne();
    assertThat(as("practitioner", () -> taskService.createTaskQuery().taskId(frontDoors.getId()).count()))
        .as("a practitioner outside the front door does not see it").isZero();
  }

  /**
   * A worker in no team who is given a case: it waits in the council's default team's queue, the case is that team's
   * (every case has a team), and the default team's managers are told, so the worker is put in a team.
   */
  @Test
  void aCaseGivenToAWorkerInNoTeamIsTheDefaultTeamsAndItsManagersAreTold() {
    String inNoTeam = worker("newstarter-" + UUID.randomUUID().toString().substring(0, 8), Groups.PRACTITIONERS);
    Team defaultTeam = teams.withDuty(TeamDuty.DEFAULT_TEAM).orElseThrow();
    ProcessInstance contact = startContact("frontdoor", newContact());

    complete("frontdoor", contact, "Task_DecideContactOutcome", Map.of("outcome", "NEW_CASE",
        "outcomeReason", "Needs a conversation", "allocation", "NAMED_WORKER", "allocatedWorker", inNoTeam));

    Task conversation = conversationTask(contact, "Task_HoldLetsTalk1");
    assertThat(conversation).isAssignedTo(inNoTeam);
    assertThat(groupsOf(conversation)).containsExactly(defaultTeam.getGroupId());
    java.util.UUID person = contacts.findByProcessInstanceId(contact.getId()).orElseThrow().getPersonId();
    Involvement involvement = involvements.openFor(person).orElseThrow();
    assertThat(involvement.getAllocatedTeamId()).isEqualTo(defaultTeam.getId());
    assertThat(involvement.getAllocatedWorker()).isEqualTo(inNoTeam);
    assertThat(jdbc.queryForList("select recipient_user_id from notice where kind = 'WORKER_IN_NO_TEAM'"
        + " and person_id = ?", String.class, person))
        .containsExactlyInAnyOrderElementsOf(teams.managersOf(defaultTeam.getId()));
    assertThat(jdbc.queryForList("select recipient_user_id from notice where kind = 'CASE_ALLOCATED'"
        + " and person_id = ?", String.class, person)).as("the worker is told as anyone is").containsExactly(inNoTeam);
  }

  private List<String> groupsOf(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
        .filter(java.util.Objects::nonNull).toList();
  }

  private String worker(String id, String role) {
    User user = identity.newUser(id);
    user.setFirstName("Test");
    user.setLastName(id);
    user.setPassword("demo");
    identity.saveUser(user);
    identity.createMembership(id, role);
    return id;
  }

  @Test
  void informationAndAdviceClosesTheContactWithItsReason() {
    ProcessInstance contact = startContact("frontdoor", newContact());

    assertThat(taskService.getIdentityLinksForTask(task("Task_DecideContactOutcome", contact).getId()))
        .extracting(IdentityLink::getGroupId).as("the front door's own team, not every role's queue")
        .containsExactly(FRONT_DOOR_TEAM);
    complete("frontdoor", contact, "Task_DecideContactOutcome", informationAndAdvice());

    assertThat(contact).isEnded().hasPassed("EndEvent_InformationAndAdvice").hasNotPassed("Event_StartOrJoinInvolvement");
    Contact saved = contacts.findByProcessInstanceId(contact.getId()).orElseThrow();
    assertThat(saved.getOutcome()).isEqualTo(ContactOutcome.INFORMATION_AND_ADVICE);
    assertThat(saved.getInformationGiven()).contains("lunch club");
    assertThat(saved.getOutcomeDecidedBy()).isEqualTo("frontdoor");
  }

  /**
   * England keeps its front door: information and advice closes the contact; the Welsh duty to assess after advice
   * or assistance [W ¶71] is a row of assessment-after-advice that England's nation does not reach.
   */
  @Test
  void inEnglandAdviceClosesTheContactWithoutAProportionateAssessment() {
    ProcessInstance contact = startContact("frontdoor", newContact());
    assertThat(taskService.getVariable(task("Task_DecideContactOutcome", contact).getId(), "councilNation"))
        .isEqualTo("ENGLAND");

    complete("frontdoor", contact, "Task_DecideContactOutcome", informationAndAdvice());

    assertThat(contact).isEnded().hasPassed("Task_DecideWhetherAssessmentFollows", "EndEvent_InformationAndAdvice")
        .hasNotPassed("Task_ProportionateAssessment");
    assertThat(contacts.findByProcessInstanceId(contact.getId()).orElseThrow().getInformationAdviceOrAssistance())
        .as("not asked in England").isNull();
  }

  /**
   * Who made the contact is not how the request reached adult social care: England's Client Level Data counts
   * requests by the latter (CLD guidance, Route of Access), asked at the front door and checked against its list.
   */
  @Test
  void theContactKeepsHowTheRequestReachedUsAndRefusesARouteNotOnTheList() {
    assertThatRejected(() -> startContact("frontdoor", with(newContact(), "requestRoute", "A_AND_E")))
        .isInstanceOfSatisfying(InputRejectedException.class,
            e -> assertThat(e.getField()).isEqualTo("requestRoute"));

    ProcessInstance contact = startContact("frontdoor", with(newContact(), "routeOfAccess", "HOSPITAL",
        "contactName", "Ward 4 discharge team", "requestRoute", "DISCHARGE_FROM_HOSPITAL"));

    Contact saved = contacts.findByProcessInstanceId(contact.getId()).orElseThrow();
    assertThat(saved.getRouteOfAccess()).isEqualTo(RouteOfAccess.HOSPITAL);
    assertThat(saved.getRequestRoute()).isEqualTo(RequestRoute.DISCHARGE_FROM_HOSPITAL);
    assertThat(contacts.findByProcessInstanceId(startContact("frontdoor", newContact()).getId()).orElseThrow()
        .getRequestRoute()).as("not asked: counted as from the community").isNull();
  }

  @Test
  void aPractitionerCanTakeTheConversationStraightOn() {
    ProcessInstance contact = startContact("practitioner", newContact());

    complete("practitioner", contact, "Task_DecideContactOutcome", Map.of(
        "outcome", "NEW_CASE", "outcomeReason", "Wants to talk about getting out again", "allocation", "MYSELF"));

    assertThat(contact).isEnded().hasPassed("Event_StartOrJoinInvolvement", "EndEvent_ConversationStarted");
    Task conversation = conversationTask(contact, "Task_HoldLetsTalk1");
    assertThat(conversation).isAssignedTo("practitioner");
    assertThat(taskService.getIdentityLinksForTask(conversation.getId())).extracting(IdentityLink::getGroupId)
        .as("the team can see its members' conversations").contains(NORTH).doesNotContain("practitioners");
    assertThat(conversation.getName()).startsWith("Let's Talk 1: Arthur Test");
    assertThat(conversation.getDueDate()).isNotNull();
    Involvement involvement = involvements.openFor(
        contacts.findByProcessInstanceId(contact.getId()).orElseThrow().getPersonId()).orElseThrow();
    assertThat(involvement.getAllocatedWorker()).as("the case is the practitioner's").isEqualTo("practitioner");
    assertThat(teams.find(involvement.getAllocatedTeamId())).as("and their team's").get().extracting(Team::getName)
        .isEqualTo("North locality (demo)");
  }

  @Test
  void aFrontDoorWorkerCannotTakeAConversationThemselves() {
    ProcessInstance contact = startContact("frontdoor", newContact());

    assertThatRejected(() -> complete("frontdoor", contact, "Task_DecideContactOutcome", Map.of(
        "outcome", "NEW_CASE", "outcomeReason", "Needs a conversation", "allocation", "MYSELF")))
        .isInstanceOf(InputRejectedException.class).hasMessageContaining("allocation");

    assertThat(contact).isWaitingAt("Task_DecideContactOutcome");
  }

  @Test
  void aNewCaseCanGoToATeamsQueue() {
    ProcessInstance contact = startContact("frontdoor", newContact());

    complete("frontdoor", contact, "Task_DecideContactOutcome", Map.of(
        "outcome", "NEW_CASE", "outcomeReason", "Carer asked for help", "allocation", "TEAM_QUEUE",
        "allocatedTeam", "carers-centre"));

    Task conversation = conversationTask(contact, "Task_HoldLetsTalk1");
    assertThat(conversation).isNotAssigned().hasCandidateGroup("carers-centre");
    assertThat(
        as("carers", () -> taskService.createTaskQuery().taskId(conversation.getId()).count())).isEqualTo(1);
    assertThat(
        as("practitioner2", () -> taskService.createTaskQuery().taskId(conversation.getId()).count())).isZero();
  }

  /** A team's queue shows only that team's work: the other locality's practitioner does not see it. */
  @Test
  void aNewCaseCanGoToATeamByItsNameAndOnlyThatTeamSeesIt() {
    ProcessInstance contact = startContact("frontdoor", newContact());

    complete("frontdoor", contact, "Task_DecideContactOutcome", Map.of(
        "outcome", "NEW_CASE", "outcomeReason", "Lives in the north of the borough", "allocation", "TEAM_QUEUE",
        "allocatedTeam", "north locality (demo)"));

    Task conversation = conversationTask(contact, "Task_HoldLetsTalk1");
    assertThat(conversation).isNotAssigned().hasCandidateGroup(NORTH);
    assertThat(as("practitioner", () -> taskService.createTaskQuery().taskId(conversation.getId()).count())).isEqualTo(1);
    assertThat(as("practitioner2", () -> taskService.createTaskQuery().taskId(conversation.getId()).count())).isZero();
    Involvement involvement = involvements.openFor(
        contacts.findByProcessInstanceId(contact.getId()).orElseThrow().getPersonId()).orElseThrow();
    assertThat(teams.find(involvement.getAllocatedTeamId())).get().extracting(Team::getGroupId).isEqualTo(NORTH);
  }

  @Test
  void aTeamThatDoesNotExistIsRefusedNamingTheTeams() {
    ProcessInstance contact = startContact("frontdoor", newContact());

    assertThatRejected(() -> complete("frontdoor", contact, "Task_DecideContactOutcome", Map.of(
        "outcome", "NEW_CASE", "outcomeReason", "Needs a conversation", "allocation", "TEAM_QUEUE",
        "allocatedTeam", "West locality")))
        .isInstanceOf(InputRejectedException.class).hasMessageContaining("allocatedTeam")
        .hasMessageContaining("North locality (demo)");
    assertThat(contact).isWaitingAt("Task_DecideContactOutcome");
  }

  @Test
  void anExistingCaseInCrisisGoesToANamedWorkerForALetsTalk2Today() {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2026, 11, 24, 9, 30).atZone(ZoneId.of("Europe/London")).toInstant()));
    ProcessInstance contact = startContact("frontdoor", newContact());

    complete("frontdoor", contact, "Task_DecideContactOutcome", Map.of(
        "outcome", "EXISTING_CASE", "outcomeReason", "Support plan in place; carer has been taken ill",
        "crisis", true, "allocation", "NAMED_WORKER", "allocatedWorker", "practitioner2"));

    assertThat(contact).isEnded().hasPassed("EndEvent_ConversationStarted");
    Task conversation = conversationTask(contact, "Task_HoldLetsTalk2");
    assertThat(conversation).isAssignedTo("practitioner2");
    assertThat(conversation.getName()).startsWith("Let's Talk 2 (crisis): Arthur Test");
    assertThat(conversation.getDueDate())
        .isEqualTo(Date.from(LocalDateTime.of(2026, 11, 24, 17, 0).atZone(ZoneId.of("Europe/London")).toInstant()));
  }

  @Test
  void aNewCaseInCrisisIsStoredAsACrisisAndGoesToALetsTalk2Today() {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2026, 11, 24, 9, 30).atZone(ZoneId.of("Europe/London")).toInstant()));
    ProcessInstance contact = startContact("frontdoor", newContact());

    complete("frontdoor", contact, "Task_DecideContactOutcome", Map.of(
        "outcome", "NEW_CASE", "outcomeReason", "Unknown to us; found on the floor by a neighbour, carer in hospital",
        "crisis", true, "allocation", "NAMED_WORKER", "allocatedWorker", "practitioner2"));

    assertThat(contacts.findByProcessInstanceId(contact.getId()).orElseThrow().getCrisis()).isTrue();
    Task conversation = conversationTask(contact, "Task_HoldLetsTalk2");
    assertThat(conversation).as("a crisis, not a Let's Talk 1 in five working days").isNotNull();
    assertThat(conversation.getDueDate())
        .isEqualTo(Date.from(LocalDateTime.of(2026, 11, 24, 17, 0).atZone(ZoneId.of("Europe/London")).toInstant()));
  }

  @Test
  void informationAndAdviceForAPersonInCrisisIsRefusedNamingTheCrisis() {
    ProcessInstance contact = startContact("frontdoor", newContact());

    assertThatRejected(() -> complete("frontdoor", contact, "Task_DecideContactOutcome",
        with(informationAndAdvice(), "crisis", true)))
        .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.getField()).isEqualTo("crisis"));
    assertThat(contact).isWaitingAt("Task_DecideContactOutcome");
  }

  @Test
  void theSamePersonIsFoundByNhsNumber() {
    String nhs = freshNhsNumber();
    ProcessInstance first = startContact("frontdoor", with(newContact(), "nhsNumber", nhs));
    ProcessInstance second = startContact("frontdoor", with(newContact(), "nhsNumber", nhs, "givenName", "Art"));

    Contact one = contacts.findByProcessInstanceId(first.getId()).orElseThrow();
    Contact two = contacts.findByProcessInstanceId(second.getId()).orElseThrow();
    assertThat(one.getMatchStatus()).isEqualTo(MatchStatus.NEW_PERSON);
    assertThat(two.getMatchStatus()).isEqualTo(MatchStatus.NHS_NUMBER);
    assertThat(two.getPersonId()).isEqualTo(one.getPersonId());
    assertThat(second).isWaitingAt("Task_DecideContactOutcome");
  }

  @Test
  void theSamePersonIsFoundByNameDateOfBirthAndPostcode() {
    Map<String, Object> form = newContact();
    ProcessInstance first = startContact("frontdoor", form);
    ProcessInstance second = startContact("frontdoor", with(form, "givenName", " arthur ", "postcode", "m337xx"));

    Contact two = contacts.findByProcessInstanceId(second.getId()).orElseThrow();
    assertThat(two.getMatchStatus()).isEqualTo(MatchStatus.NAME_DATE_OF_BIRTH_POSTCODE);
    assertThat(two.getPersonId())
        .isEqualTo(contacts.findByProcessInstanceId(first.getId()).orElseThrow().getPersonId());
  }

  @Test
  void aLikelyMatchWaitsForAHumanWhoConfirmsIt() {
    Map<String, Object> form = newContact();
    ProcessInstance first = startContact("frontdoor", form);
    ProcessInstance second = startContact("frontdoor", with(form, "postcode", "M1 1AE"));

    assertThat(second).isWaitingAt("Task_ConfirmPersonMatch").isNotWaitingAt("Task_DecideContactOutcome");
    assertThat(contacts.findByProcessInstanceId(second.getId()).orElseThrow().getPersonId())
        .as("nothing is linked until a human confirms").isNull();
    assertThat((String) runtime.getVariable(second.getId(), "candidatePerson"))
        .contains("M33 7XX");

    complete("frontdoor", second, "Task_ConfirmPersonMatch",
        Map.of("matchConfirmed", true, "matchDecisionReason", "Moved house in October; confirmed by phone"));

    Contact two = contacts.findByProcessInstanceId(second.getId()).orElseThrow();
    assertThat(two.getMatchStatus()).isEqualTo(MatchStatus.CONFIRMED);
    assertThat(two.getPersonId())
        .isEqualTo(contacts.findByProcessInstanceId(first.getId()).orElseThrow().getPersonId());
    assertThat(two.getMatchDecidedBy()).isEqualTo("frontdoor");
    assertThat(second).hasPassed("Task_ApplyMatchDecision").isWaitingAt("Task_DecideContactOutcome");
  }

  @Test
  void aRejectedMatchMakesANewPersonRecord() {
    Map<String, Object> form = newContact();
    ProcessInstance first = startContact("frontdoor", form);
    ProcessInstance second = startContact("frontdoor", with(form, "givenName", "Martha"));

    assertThat(second).isWaitingAt("Task_ConfirmPersonMatch");
    complete("frontdoor", second, "Task_ConfirmPersonMatch",
        Map.of("matchConfirmed", false, "matchDecisionReason", "Arthur's sister, who lives with him"));

    Contact one = contacts.findByProcessInstanceId(first.getId()).orElseThrow();
    Contact two = contacts.findByProcessInstanceId(second.getId()).orElseThrow();
    assertThat(two.getMatchStatus()).isEqualTo(MatchStatus.REJECTED);
    assertThat(two.getPersonId()).isNotNull().isNotEqualTo(one.getPersonId());
    assertThat(people.findById(two.getPersonId()).orElseThrow().getGivenName())
        .isEqualTo("Martha");
  }

  @Test
  void aMatchDecisionNeedsAReason() {
    Map<String, Object> form = newContact();
    startContact("frontdoor", form);
    ProcessInstance second = startContact("frontdoor", with(form, "givenName", "Martha"));

    assertThatRejected(() -> complete("frontdoor", second, "Task_ConfirmPersonMatch", Map.of("matchConfirmed", true)))
        .isInstanceOf(InputRejectedException.class).hasMessageContaining("matchDecisionReason");
    assertThat(second).isWaitingAt("Task_ConfirmPersonMatch");
  }

  @Test
  void aSafeguardingConcernReachesTheSafeguardingTeamAtOnceWhileTheContactGoesOn() {
    Map<String, Object> form = with(newContact(),
        "safeguardingConcern", true, "safeguardingDetail", "Neighbour reports he has not been seen for a week",
        "allegedPersonName", "Dennis Ward", "allegedPersonRelationship", "Son");
    ProcessInstance contact = startContact("frontdoor", form);

    assertThat(contact).hasPassed("Event_RaiseSafeguardingConcern", "EndEvent_ConcernHandedOver")
        .isWaitingAt("Task_DecideContactOutcome");
    ProcessInstance concern = runtime.createProcessInstanceQuery().processDefinitionKey("safeguarding-concern")
        .variableValueEquals("raisedInProcessInstanceId", contact.getId()).singleResult();
    assertThat(concern).as("the concern process, started by message").isNotNull();
    assertThat(concern).isWaitingAt("Task_DecideConcern");
    Task decision = task("Task_DecideConcern", concern);
    assertThat(decision).hasCandidateGroup("senior-practitioners").hasCandidateGroup("team-managers")
        .hasCandidateGroup("safeguarding");
    assertThat(decision.getName()).isEqualTo("Safeguarding decision: Arthur " + form.get("familyName"));
    assertThat(runtime.getVariable(concern.getId(), "concernDescription"))
        .isEqualTo("Neighbour reports he has not been seen for a week");
    assertThat(runtime.getVariable(concern.getId(), "allegedPersonName")).isEqualTo("Dennis Ward");
    assertThat(runtime.getVariable(concern.getId(), "allegedPersonRelationship")).isEqualTo("Son");
    assertThat(
        as("frontdoor", () -> taskService.createTaskQuery().taskId(decision.getId()).count()))
        .as("the front door does not work safeguarding tasks").isZero();

    complete("frontdoor", contact, "Task_DecideContactOutcome", informationAndAdvice());
    assertThat(contact).isEnded().hasPassed("EndEvent_InformationAndAdvice");
    assertThat(concern).as("the concern goes on after the contact closes").isWaitingAt("Task_DecideConcern");
  }

  @Test
  void aTeamManagerCannotStartANewContact() {
    assertThatThrownBy(() -> startContact("teammanager", newContact())).isInstanceOf(AuthorizationException.class);
  }

  @Test
  void decidingWithoutAReasonIsRefusedAndTheTaskStaysOpen() {
    ProcessInstance contact = startContact("frontdoor", newContact());

    assertThatRejected(() -> complete("frontdoor", contact, "Task_DecideContactOutcome",
        Map.of("outcome", "INFORMATION_AND_ADVICE", "informationGiven", "Leaflet")))
        .isInstanceOf(InputRejectedException.class).hasMessageStartingWith("outcomeReason");
    assertThatRejected(() -> complete("frontdoor", contact, "Task_DecideContactOutcome",
        Map.of("outcome", "CLOSE_IT", "outcomeReason", "x")))
        .isInstanceOf(InputRejectedException.class).hasMessageStartingWith("outcome");

    assertThat(contact).isWaitingAt("Task_DecideContactOutcome");
    assertThat(contacts.findByProcessInstanceId(contact.getId()).orElseThrow().getOutcome())
        .isNull();
  }

  @Test
  void theCaseFileLivesInTablesNotInProcessVariables() {
    ProcessInstance contact = startContact("frontdoor", with(newContact(), "nhsNumber", freshNhsNumber(),
        "address", "4 Acacia Avenue", "phone", "0161 000 0000"));

    Map<String, Object> variables = runtime.getVariables(contact.getId());
    assertThat(variables)
        .containsKeys("contactId", "personId", "personName")
        .doesNotContainKeys("nhsNumber", "dateOfBirth", "address", "phone", "postcode");
    for (IdentityLink link : taskService.getIdentityLinksForTask(task("Task_DecideContactOutcome", contact).getId())) {
      assertThat(link.getGroupId()).isNotEqualTo("safeguarding");
    }
  }

  /** The first conversation of the involvement the contact started (business key: the person's id). */
  private Task conversationTask(ProcessInstance contact, String taskKey) {
    String personId = contacts.findByProcessInstanceId(contact.getId()).orElseThrow().getPersonId().toString();
    return taskService.createTaskQuery().processInstanceBusinessKey(personId).taskDefinitionKey(taskKey).singleResult();
  }
}
