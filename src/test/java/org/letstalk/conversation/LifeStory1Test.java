package org.letstalk.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.letstalk.FormFixtures.with;
import static org.letstalk.RefusalAssertions.assertThatRejected;
import static org.letstalk.conversation.ConversationFixtures.contactAbout;
import static org.letstalk.conversation.ConversationFixtures.letsTalk1;
import static org.letstalk.conversation.ConversationFixtures.newCaseFor;
import static org.letstalk.dashboard.ClientLevelDataSpecification.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.letstalk.PostgresTest;
import org.letstalk.authorisation.AuthorisationRequestRepository;
import org.letstalk.authorisation.RequestType;
import org.letstalk.dashboard.ClientLevelData;
import org.letstalk.dashboard.ClientLevelDataRows;
import org.letstalk.plan.Delivery;
import org.letstalk.plan.PlanStatus;
import org.letstalk.plan.PlanType;
import org.letstalk.plan.SupportPlan;
import org.letstalk.plan.SupportPlanItem;
import org.letstalk.plan.SupportPlans;
import org.letstalk.review.flow.StartReviewCycle;
import org.letstalk.validation.InputRejectedException;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Trafford's first life story [T App A story 1]: JP, a young woman with severe epilepsy, funded for a personal
 * assistant, asks for advice about feeling isolated. A Let's Talk 1 connects her to volunteering and art classes;
 * she asks for her support to go down from 3 hours to 1 hour a week. Her capacity for that decision is recorded
 * and the change goes for authorisation as a Let's Talk 1 funding change [T 2.34].
 */
@PostgresTest
class LifeStory1Test extends ConversationTestSupport {

  @Autowired
  ClientLevelData clientLevelData;

  @Autowired
  AuthorisationRequestRepository authorisations;

  @Autowired
  SupportPlans supportPlans;

  @Autowired
  StartReviewCycle reviewCycles;

  @Test
  void afterVolunteeringJpsFundedHoursGoDownWithHerCapacityRecordedAndTheChangeAuthorised() {
    ProcessInstance involvement = involvementFrom(with(contactAbout("JP"),
        "presentingNeed", "Feels isolated; a PA goes everywhere with her"), newCaseFor("practitioner2"));
    ProcessInstance lt1 = calledProcessInstance("lets-talk-1", involvement);
    SupportPlan threeHours = funded(personOf(involvement), "72.00");
    Map<String, Object> form = with(letsTalk1("LT1"),
        "presentingNeeds", "Social isolation; does not like a PA going everywhere with her",
        "strengthsCommunity", "British Heart Foundation shop placement with a colleague trained in epilepsy; art classes",
        "agreedActions", "Volunteering twice a week; art classes on Wednesdays",
        "outcomeRationale", "Enjoying life more; wants her PA hours reduced from 3 to 1 a week; follow-up visit",
        "fundingChange", true, "newWeeklyCost", 24);

    assertThatRejected(() -> complete("practitioner2", lt1, "Task_HoldLetsTalk1", form))
        .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.getField()).isEqualTo("hasCapacity"));
    assertThatRejected(() -> complete("practitioner2", lt1, "Task_HoldLetsTalk1",
        with(form, "hasCapacity", true, "newWeeklyCost", "one hour")))
        .isInstanceOfSatisfying(InputRejectedException.class,
            e -> assertThat(e.getField()).isEqualTo("newWeeklyCost"));
    UUID person = personOf(involvement);
    assertThat(conversations.findByPersonIdOrderByHeldAt(person)).isEmpty();
    assertThat(lt1).isWaitingAt("Task_HoldLetsTalk1");

    complete("practitioner2", lt1, "Task_HoldLetsTalk1", with(form, "hasCapacity", true));

    Conversation held = conversations.findByPersonIdOrderByHeldAt(person).get(0);
    assertThat(held.isFundingChange()).isTrue();
    assertThat(held.getNewWeeklyCost()).isEqualByComparingTo("24");
    ProcessInstance authorisation = calledProcessInstance("funding-authorisation", lt1);
    assertThat(authorisations.findByProcessInstanceId(authorisation.getId())).hasValueSatisfying(request -> {
      assertThat(request.getRequestType()).isEqualTo(RequestType.LT1_FUNDING_CHANGE);
      assertThat(request.getWeeklyCost()).isEqualByComparingTo("24");
      assertThat(request.getRequestedBy()).isEqualTo("practitioner2");
    });
    approveAuthorisation("teammanager", authorisation, "Her choice, and she has capacity");

    assertThat(lt1).isEnded().hasPassed("CallActivity_AuthoriseFundingChange", "Task_ApplyFundingChange",
        "EndEvent_FundingChangeDecided");
    assertThat(involvement).isWaitingAt("CallActivity_LetsTalk1");
    List<SupportPlan> versions = supportPlans.versions(threeHours.getId());
    assertThat(versions).extracting(SupportPlan::getStatus).containsExactly(PlanStatus.SUPERSEDED, PlanStatus.ACTIVE);
    assertThat(versions.get(1).getWeeklyCost()).as("one hour a week, applied").isEqualByComparingTo("24.00");
    assertThat(versions.get(1).getAuthorisedBy()).isEqualTo("teammanager");
    Conversation decided = conversations.findById(held.getId()).orElseThrow();
    assertThat(decided.getFundingChangeStatus()).isEqualTo("APPLIED");
    assertThat(decided.getFundingChangePlanId()).isEqualTo(versions.get(1).getId());
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(threeHours.getId().toString())
        .processDefinitionKey("review-cycle").count()).as("the plan keeps its one review cycle").isOne();

    // JP's quarter in England's Client Level Data (CLD guidance, Events): her request, her Let's Talk 1 as a short
    // term assessment, and her direct payment as two service lines, the three hours ended by the change and the
    // one hour running on (CLD guidance: a package may be reported as several service lines).
    String today = LocalDate.now().toString();
    List<Map<String, String>> cld = ClientLevelDataRows.ofThisQuarter(clientLevelData, person);
    assertThat(cld).extracting(EVENT_TYPE, EVENT_DESCRIPTION, ROUTE_OF_ACCESS, ASSESSMENT_TYPE, SERVICE_TYPE,
        DELIVERY_MECHANISM, EVENT_START, EVENT_END, EVENT_OUTCOME).containsExactlyInAnyOrder(
            tuple("Request", "Contact", "Community / Other route", null, null, null, today, today,
                "Progress to Assessment"),
            tuple("Assessment", "Let's Talk 1", null, "Short Term Assessment", null, null, today, today,
                "Progress to Assessment"),
            tuple("Service", "Support plan", null, null, "Long Term Support: Community", "Direct Payment", today, today,
                "Progress to Support Planning / Services"),
            tuple("Service", "Support plan", null, null, "Long Term Support: Community", "Direct Payment", today,
                null, "Provision of service"));
    assertThat(cld).allSatisfy(row -> assertThat(row).containsAllEntriesOf(Map.of(LA_CODE, "358",
        CLIENT_TYPE, "Service User", DATE_OF_BIRTH, "1941-06-12", PRIMARY_SUPPORT_REASON, "Unknown")));
  }

  /**
   * issue 19 item 3: a residential placement must be reachable, so the table authorisation-level's residential rule
   * can fire for a Let's Talk 1 funding change as it does for a Let's Talk 3 plan.
   */
  @Test
  void aFundingChangeToAResidentialPlacementIsAskedOfTheAuthorisationRuleAsResidential() {
    ProcessInstance involvement = involvementFrom(contactAbout("Wyn"), newCaseFor("practitioner2"));
    ProcessInstance lt1 = calledProcessInstance("lets-talk-1", involvement);
    funded(personOf(involvement), "72.00");

    complete("practitioner2", lt1, "Task_HoldLetsTalk1", with(letsTalk1("LT1"), "hasCapacity", true,
        "fundingChange", true, "newWeeklyCost", 90, "residentialPlacement", true));

    ProcessInstance asked = calledProcessInstance("funding-authorisation", lt1);
    assertThat(authorisations.findByProcessInstanceId(asked.getId())).hasValueSatisfying(
        request -> assertThat(request.isResidential()).as("a care home, not a community package").isTrue());
    assertThat(runtime.getVariable(asked.getId(), "authorisationLevel")).as("any residential placement goes to the panel")
        .isEqualTo("PANEL");
  }

  @Test
  void aReturnedFundingChangeIsRevisedAndAskedForAgainAndADeclinedOneLeavesThePlanAsItWas() {
    ProcessInstance involvement = involvementFrom(contactAbout("Kit"), newCaseFor("practitioner2"));
    ProcessInstance lt1 = calledProcessInstance("lets-talk-1", involvement);
    SupportPlan plan = funded(personOf(involvement), "72.00");
    complete("practitioner2", lt1, "Task_HoldLetsTalk1", with(letsTalk1("LT1"), "hasCapacity", true,
        "fundingChange", true, "newWeeklyCost", 24));
    decideAuthorisation("teammanager", calledProcessInstance("funding-authorisation", lt1), "RETURNED",
        "Keep one evening a week while the art classes settle in");

    assertThat(lt1).isWaitingAt("Task_ReviseFundingChange");
    assertThatRejected(() -> complete("practitioner2", lt1, "Task_ReviseFundingChange", Map.of("newWeeklyCost", 48)))
        .isInstanceOfSatisfying(InputRejectedException.class,
            e -> assertThat(e.getField()).isEqualTo("fundingChangeReason"));
    complete("practitioner2", lt1, "Task_ReviseFundingChange", Map.of("newWeeklyCost", 48,
        "fundingChangeReason", "Two hours a week: art classes plus one evening out"));
    ProcessInstance again = calledProcessInstance("funding-authorisation", lt1);
    assertThat(authorisations.findByProcessInstanceId(again.getId())).hasValueSatisfying(
        request -> assertThat(request.getWeeklyCost()).isEqualByComparingTo("48"));
    assertThat(runtime.getVariable(again.getId(), "summary")).isEqualTo("Two hours a week: art classes plus one evening out");
    decideAuthorisation("teammanager2", again, "DECLINED", "Her seizures are not yet settled on the new medication");

    assertThat(lt1).isEnded().hasPassed("Task_RecordFundingChangeDeclined", "EndEvent_PlanUnchanged");
    assertThat(supportPlans.versions(plan.getId())).singleElement().satisfies(v -> {
      assertThat(v.getStatus()).isEqualTo(PlanStatus.ACTIVE);
      assertThat(v.getWeeklyCost()).isEqualByComparingTo("72.00");
    });
    Conversation held = conversations.findByPersonIdOrderByHeldAt(personOf(involvement)).get(0);
    assertThat(held.getFundingChangeStatus()).isEqualTo("DECLINED");
    assertThat(held.getFundingChangeReason()).isEqualTo("Her seizures are not yet settled on the new medication");
  }

  /** A plan in force for the person, with its review cycle. */
  private SupportPlan funded(UUID person, String weeklyCost) {
    SupportPlan plan = supportPlans.draft(person, PlanType.CARE_AND_SUPPORT, Delivery.DIRECT_PAYMENT, null,
        "practitioner2", "practitioners");
    supportPlans.writeLines(plan.getId(), Delivery.DIRECT_PAYMENT, List.of(new SupportPlanItem.Line(
        "Out and about safely", "A personal assistant", "Direct payment", "3 hours a week", new BigDecimal(weeklyCost))));
    supportPlans.activate(plan.getId(), "teammanager");
    return reviewCycles.startFor(plan.getId());
  }
}
