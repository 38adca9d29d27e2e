package org.letstalk.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.letstalk.FormFixtures.with;
import static org.letstalk.conversation.ConversationFixtures.contactAbout;
import static org.letstalk.conversation.ConversationFixtures.conversation;
import static org.letstalk.dashboard.ClientLevelDataSpecification.*;

import org.letstalk.involvement.Decision;
import org.letstalk.crisis.CrisisPlanStatus;
import org.letstalk.involvement.InvolvementStatus;
import org.letstalk.crisis.SpendStatus;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.letstalk.PostgresTest;
import org.letstalk.authorisation.AuthorisationRequest;
import org.letstalk.authorisation.AuthorisationRequestRepository;
import org.letstalk.authorisation.RequestType;
import org.letstalk.dashboard.ClientLevelData;
import org.letstalk.dashboard.ClientLevelDataRows;
import org.letstalk.person.DetailsForm;
import org.letstalk.person.PersonDetailsKeeper;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Trafford's third life story [T App A story 3]: PJ, home after an elective hip replacement with the SAMS service,
 * whose house is too cold; the therapists recommend readmission. A social worker holds a Let's Talk 2 the same
 * day and buys two heaters for £60 within hours; PJ stays warm at home and is not readmitted. The involvement
 * then closes, with a team manager's authorisation.
 */
@PostgresTest
class LifeStory3Test extends ConversationTestSupport {

  @Autowired
  AuthorisationRequestRepository authorisations;

  @Autowired
  ClientLevelData clientLevelData;

  @Autowired
  PersonDetailsKeeper details;

  static Date at(int day, int hour, int minute) {
    return Date.from(LocalDateTime.of(2026, 12, day, hour, minute).atZone(ZoneId.of("Europe/London")).toInstant());
  }

  @Test
  void pjStaysWarmAtHomeAfterASameDayLetsTalk2AndASixtyPoundSpendOnHeaters() {
    ClockUtil.setCurrentTime(at(1, 9, 15));
    // Home with the SAMS service, so already known: the hospital's call links to his case, in crisis.
    ProcessInstance contact = startContact("frontdoor", with(contactAbout("PJ"),
        "presentingNeed", "SAMS visit: home is too cold for recovery after hip replacement; readmission recommended",
        "requestRoute", "DIVERSION_FROM_HOSPITAL"));
    complete("frontdoor", contact, "Task_DecideContactOutcome", Map.of("outcome", "EXISTING_CASE",
        "outcomeReason", "Readmission risk today: cold house", "crisis", true, "allocation", "NAMED_WORKER",
        "allocatedWorker", "practitioner"));
    ProcessInstance involvement = involvementOf(contact);
    UUID pj = personOf(involvement);

    ProcessInstance lt2 = calledProcessInstance("lets-talk-2", involvement);
    Task sameDay = task("Task_HoldLetsTalk2", lt2);
    assertThat(sameDay).isAssignedTo("practitioner");
    assertThat(sameDay.getDueDate()).as("the same day").isEqualTo(at(1, 17, 0));

    ClockUtil.setCurrentTime(at(1, 13, 40));
    complete("practitioner", lt2, "Task_HoldLetsTalk2", with(conversation(),
        "todayAndTomorrow", "Heat the house today so he can stay home and avoid readmission",
        "presentingNeeds", "Cannot heat his home while recovering from surgery",
        "relevantCircumstances", "Financial hardship; no support network nearby",
        "wellbeingAndOutcomes", "Stay independent in his own home; avoid going back into hospital at all costs",
        "strengthsPersonal", "Completely independent before the operation; motivated to recover",
        "strengthsNetwork", "None nearby: noted",
        "strengthsCommunity", "SAMS visits; local warm-homes scheme",
        "agreedActions", "Buy and set up two heaters today",
        "planActions", "Buy two heaters today\nSet them up and check the temperature\nCheck in every two days",
        "planEndDate", "2026-12-15", "spendAmount", "60.00", "spendPurpose", "Two electric heaters"));

    assertThat(spends.findByPersonId(pj)).singleElement().satisfies(spend -> {
      assertThat(spend.getAmount()).isEqualByComparingTo("60");
      assertThat(spend.getStatus()).as("within the limit: bought within hours").isEqualTo(SpendStatus.MADE);
    });
    assertThat(lt2).hasNotPassed("CallActivity_AuthoriseSpend").isWaitingAt("Task_CrisisPlanUnderWay");

    advanceTimeAndRunDueJobs(at(3, 13, 45), involvement);
    complete("practitioner", lt2, "Task_CheckIn", Map.of("checkInNotes", "House warm; walking with frame",
        "planWorking", true));

    advanceTimeAndRunDueJobs(at(15, 9, 0), involvement);
    complete("practitioner", lt2, "Task_ReviewCrisisPlan", Map.of("outcome", "LT1",
        "outcomeRationale", "Crisis over: warm, recovering, not readmitted. A Let's Talk 1 to connect him locally"));

    ProcessInstance lt1 = calledProcessInstance("lets-talk-1", involvement);
    assertThat(task("Task_HoldLetsTalk1", lt1)).isAssignedTo("practitioner");
    complete("practitioner", lt1, "Task_HoldLetsTalk1", with(conversation(),
        "strengthsNetwork", "Met neighbours through the warm-homes scheme",
        "communityConnections", "Warm-homes scheme; Thursday lunch club",
        "outcome", "NO_ONGOING_NEED",
        "outcomeRationale", "Independent at home again, no hospital readmission; no ongoing need"));

    ProcessInstance authorisation = calledProcessInstance("funding-authorisation", involvement);
    approveAuthorisation("teammanager", authorisation, "Good outcome; closure agreed");

    assertThat(involvement).isEnded().hasPassed("EndEvent_Closed");
    assertThat(involvements.findByProcessInstanceId(involvement.getId()).orElseThrow().getStatus())
        .isEqualTo(InvolvementStatus.CLOSED);
    List<Conversation> history = conversations.findByPersonIdOrderByHeldAt(pj);
    assertThat(history).extracting(Conversation::getType).containsExactly(ConversationType.LT2, ConversationType.LT1);
    assertThat(history).allSatisfy(c -> assertThat(c.getInvolvementId()).isNotNull());
    assertThat(plans.findByPersonIdOrderByMadeAt(pj)).singleElement()
        .satisfies(plan -> assertThat(plan.getStatus()).isEqualTo(CrisisPlanStatus.REVIEWED));
    assertThat(decisions.findByPersonIdOrderByDecidedAt(pj)).extracting(Decision::getKind)
        .containsExactly("LET_S_TALK_2_OUTCOME", "LET_S_TALK_1_OUTCOME");
    AuthorisationRequest closure = authorisations.findByPersonIdOrderByRequestedAt(pj).get(0);
    assertThat(closure.getRequestType()).isEqualTo(RequestType.CLOSURE);
    assertThat(closure.getRequestedBy()).isEqualTo("practitioner");
    assertThat(closure.getDecidedBy()).isEqualTo("teammanager");

    // England's Client Level Data for October to December 2026 (CLD guidance, Events), with the details his
    // record now keeps: the hospital's request (kept out of hospital: CLD guidance, Route of Access), the Let's
    // Talk 2 and 1 as short term assessments (no eligibility determined: CLD guidance, Assessment Type), and the
    // crisis plan as a short term service that ended.
    details.change(pj, Map.of(DetailsForm.STATED_GENDER, "1", DetailsForm.ETHNIC_CATEGORY, "A",
        DetailsForm.PRIMARY_SUPPORT_REASON, "ACCESS_AND_MOBILITY_ONLY"), "practitioner");
    List<Map<String, String>> cld = ClientLevelDataRows.of(clientLevelData, pj, LocalDate.of(2026, 10, 1));
    assertThat(cld).extracting(EVENT_TYPE, EVENT_DESCRIPTION, EVENT_START, EVENT_END, EVENT_OUTCOME)
        .containsExactly(
            tuple("Request", "Contact", "2026-12-01", "2026-12-01", "Progress to Assessment"),
            tuple("Assessment", "Let's Talk 2", "2026-12-01", "2026-12-01", "Progress to Assessment"),
            tuple("Service", "Crisis plan (Let's Talk 2)", "2026-12-01", "2026-12-15", "Service ended as planned"),
            tuple("Assessment", "Let's Talk 1", "2026-12-15", "2026-12-15",
                "NFA - Information & Advice / Signposting only"));
    assertThat(cld).extracting(ROUTE_OF_ACCESS, ASSESSMENT_TYPE, SERVICE_TYPE, DELIVERY_MECHANISM, REVIEW_REASON)
        .containsExactly(
            tuple("Diversion from Hospital Services", null, null, null, null),
            tuple(null, "Short Term Assessment", null, null, null),
            tuple(null, null, "Short Term Support: Other Short Term", "CASSR Commissioned Support", null),
            tuple(null, "Short Term Assessment", null, null, null));
    assertThat(cld).allSatisfy(row -> assertThat(row).containsAllEntriesOf(Map.of(LA_CODE, "358",
        PERIOD_START, "2026-10-01", PERIOD_END, "2026-12-31", DATE_OF_BIRTH, "1941-06-12", POSTCODE, "M41 5SL",
        GENDER, "1", ETHNICITY, "A", CLIENT_TYPE, "Service User",
        PRIMARY_SUPPORT_REASON, "Physical Support: Access & mobility only")));
    assertThat(cld).extracting(EVENT_REFERENCE).doesNotContainNull().doesNotHaveDuplicates();
  }
}
