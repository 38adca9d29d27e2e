package org.letstalk.carers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.letstalk.FormFixtures.with;
import static org.letstalk.carers.CarersFixtures.carerDetails;
import static org.letstalk.carers.CarersFixtures.carerRecord;
import static org.letstalk.carers.CarersFixtures.carersPlan;
import static org.letstalk.carers.CarersFixtures.eligibleCarer;
import static org.letstalk.carers.CarersFixtures.letsTalk1WithCarerAccepting;
import static org.letstalk.carers.CarersFixtures.withReplacementCare;
import static org.letstalk.conversation.ConversationFixtures.contactAbout;
import static org.letstalk.dashboard.ClientLevelDataSpecification.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.letstalk.PostgresTest;
import org.letstalk.dashboard.ClientLevelData;
import org.letstalk.dashboard.ClientLevelDataRows;
import org.letstalk.eligibility.CarerOutcome;
import org.letstalk.plan.Delivery;
import org.letstalk.plan.PlanStatus;
import org.letstalk.plan.PlanType;
import org.letstalk.plan.SupportPlan;
import org.letstalk.plan.SupportPlanItem;
import org.letstalk.plan.SupportPlans;
import org.letstalk.review.flow.StartReviewCycle;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The carer's case study of the Welsh module [W §3.30, case study ¶79-90]: Geraint, 63, has cared round the clock
 * for his wife Alison, who has progressive MS, for more than 15 years. He would like a round of golf every week
 * and more time with his grandchildren, and nobody can sit with Alison while he is out. His needs are eligible;
 * his support plan pays for the golf, and her plan covers his time out.
 */
@PostgresTest
class WelshCarerCaseStudyTest extends CarersTestSupport {

  @Autowired
  ClientLevelData clientLevelData;

  @Autowired
  SupportPlans plans;

  @Autowired
  StartReviewCycle reviewCycles;

  @Autowired
  CarersRecord carersRecord;

  @Autowired
  TestRestTemplate http;

  @Test
  void geraintIsEligibleForACarersPlanAndAlisonsPlanCoversHisTimeOut() {
    ProcessInstance alisonsInvolvement = involvementWaitingAtLetsTalk1(with(contactAbout("Alison"),
        "presentingNeed", "Progressive MS; her husband Geraint cares for her round the clock and is exhausted"));
    UUID alison = UUID.fromString(alisonsInvolvement.getBusinessKey());
    SupportPlan alisonsPlan = plans.draft(alison, PlanType.CARE_AND_SUPPORT, Delivery.COUNCIL_ARRANGED,
        BigDecimal.ZERO, "practitioner2", "practitioners");
    plans.writeLines(alisonsPlan.getId(), Delivery.COUNCIL_ARRANGED, List.of(new SupportPlanItem.Line(
        "Washed and dressed each morning", "Two carers each morning with the hoist", "Home care agency", "Daily",
        new BigDecimal("210.00"))));
    plans.activate(alisonsPlan.getId(), "teammanager");
    reviewCycles.startFor(alisonsPlan.getId());

    // Her conversation finds him, offers him his own and he accepts [N 3.7g; T App B item 7].
    complete("practitioner2", calledProcessInstance("lets-talk-1", alisonsInvolvement), "Task_HoldLetsTalk1",
        letsTalk1WithCarerAccepting("LT1"));
    ProcessInstance geraint = carersConversationFor(alison.toString());
    complete("carers", geraint, "Task_RecordCarerDetails", with(carerDetails("Husband"),
        "hoursOfCarePerWeek", 168, "livesTogether", true));
    UUID geraintId = carerIdOf(geraint);
    assertThat(carersRecord.itemsFor(alison, null)).singleElement()
        .satisfies(item -> assertThat(item.detail()).isEqualTo("Husband, 168 hours of care a week, living together"));

    // His own conversation, apart from hers [W ¶83]: able and willing, but at risk of breaking down.
    Map<String, Object> hisRecord = with(carerRecord(), "ableToCareInFuture", false, "riskOfBreakdown", "HIGH",
        "riskOfBreakdownNotes", "Broken nights and long days are taking a toll on his health; feels increasingly down",
        "caredForNeedsImpact", "She can only move her head and left hand: washing, dressing, toileting, lifting, "
            + "cooking, and turning her every four to six hours at night");
    complete("carers", geraint, "Task_HoldCarersLetsTalk1", with(hisRecord, "outcome", "LT3",
        "outcomeRationale", "Community options alone will not give him time out: he needs a carer's plan",
        "agreedActions", "Signposted to the carers' support group"));
    complete("carers", geraint, "Task_HoldCarersLetsTalk3", hisRecord);
    complete("carers", geraint, "Task_AssessCarersEligibility", with(eligibleCarer(),
        CarerOutcome.RECREATION.field("unableWithoutAssistance"), true,
        CarerOutcome.RELATIONSHIPS.field("unableWithoutAssistance"), true,
        "eligibilityEvidence", "Cannot leave Alison alone to play golf or visit the grandchildren; health suffering"));
    assertThat(geraint).as("eligible for a carer's support plan").isWaitingAt("Task_WriteCarersSupportPlan");

    complete("carers", geraint, "Task_WriteCarersSupportPlan", withReplacementCare(carersPlan()));
    ProcessInstance funding = calledProcessInstance("funding-authorisation", geraint);
    assertThat((Double) runtime.getVariable(funding.getId(), "weeklyCost"))
        .as("his plan and the replacement care that frees him, asked for together").isEqualTo(163.0);
    approveAuthorisation("teammanager2", funding);

    assertThat(geraint).isEnded().hasPassed("Task_ActivateCarersPlan");
    SupportPlan hisPlan = plans.activeFor(geraintId).get(0);
    assertThat(hisPlan.getPlanType()).isEqualTo(PlanType.CARER_SUPPORT);
    assertThat(hisPlan.getDelivery()).isEqualTo(Delivery.DIRECT_PAYMENT);
    assertThat(plans.lines(hisPlan.getId())).extracting(SupportPlanItem::getOutcome)
        .containsExactly("A round of golf every week", "Time having fun with his grandchildren");

    assertThat(http.withBasicAuth("practitioner2", "demo").getForObject("/people/" + alison, String.class))
        .as("her record shows her carer").contains("Carers and people cared for").contains("Cared for by Geraint Carer")
        .contains("Husband, 168 hours of care a week, living together");
    assertThat(http.withBasicAuth("carers", "demo").getForObject("/people/" + geraintId, String.class))
        .as("his record shows whom he cares for and his own conversations").contains("Cares for Alison Conv")
        .contains("Carer&#39;s Let&#39;s Talk 3 about caring for Alison Conv");

    SupportPlan hersNow = plans.current(alisonsPlan.getId());
    assertThat(hersNow.getStatus()).isEqualTo(PlanStatus.ACTIVE);
    assertThat(hersNow.getVersionNo()).as("replacement care is the next version of her plan").isEqualTo(2);
    assertThat(hersNow.getWeeklyCost()).isEqualByComparingTo("338.00");
    assertThat(plans.get(alisonsPlan.getId()).getStatus()).isEqualTo(PlanStatus.SUPERSEDED);
    assertThat(plans.lines(hersNow.getId())).last().satisfies(item -> {
      assertThat(item.getOutcome()).isEqualTo("Alison is safe and comfortable while Geraint is out");
      assertThat(item.getForCarerPlanId()).as("linked to his carer's plan").isEqualTo(hisPlan.getId());
    });

    // His events in England's Client Level Data, as a carer (CLD guidance, Client Type): his two conversations as
    // assessments linked to Alison, and his plan as carer support paid to him (CLD guidance, Service Type,
    // Delivery Mechanism); a carer's own events carry a social support reason (CLD guidance, Primary Support
    // Reason).
    String today = LocalDate.now().toString();
    List<Map<String, String>> cld = ClientLevelDataRows.ofThisQuarter(clientLevelData, geraintId);
    assertThat(cld).extracting(EVENT_TYPE, EVENT_DESCRIPTION, ASSESSMENT_TYPE, SERVICE_TYPE, DELIVERY_MECHANISM,
        EVENT_START, EVENT_END, EVENT_OUTCOME, LINKED_PERSON_ID).containsExactlyInAnyOrder(
            tuple("Assessment", "Carer's Let's Talk 1", "Short Term Assessment", null, null, today, today,
                "Progress to Assessment", alison.toString()),
            tuple("Assessment", "Carer's Let's Talk 3", "Long Term Assessment", null, null, today, today,
                "Progress to Support Planning / Services", alison.toString()),
            tuple("Service", "Carer's support plan", null, "Carer Support: Direct to Carer", "Direct Payment", today,
                null, "Provision of service", null));
    assertThat(cld).allSatisfy(row -> assertThat(row).containsAllEntriesOf(Map.of(LA_CODE, "358",
        CLIENT_TYPE, "Carer", PRIMARY_SUPPORT_REASON, "Social Support: Support to Carer",
        GENDER, "X", ETHNICITY, "99")));
  }
}
