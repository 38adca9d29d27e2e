package org.letstalk.carers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.letstalk.FormFixtures.with;
import static org.letstalk.conversation.ConversationFixtures.contactAbout;
import static org.letstalk.conversation.ConversationFixtures.letsTalk1;
import static org.letstalk.conversation.ConversationFixtures.newCaseFor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.letstalk.ProcessTestSupport;
import org.letstalk.eligibility.CarerOutcome;

/** Reaching a carer's conversation through the cared-for person's Let's Talk 1, and valid input for its forms. */
abstract class CarersTestSupport extends ProcessTestSupport {

  /** The cared-for person's involvement, waiting at their first Let's Talk 1 with practitioner2. */
  ProcessInstance involvementWaitingAtLetsTalk1(Map<String, Object> contact) {
    return involvementFrom(contact, newCaseFor("practitioner2"));
  }

  ProcessInstance involvementFrom(Map<String, Object> contact, Map<String, Object> outcome) {
    ProcessInstance intake = startContact("frontdoor", contact);
    complete("frontdoor", intake, "Task_DecideContactOutcome", outcome);
    String personId = (String) engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(intake.getId()).variableName("personId").singleResult().getValue();
    return runtime.createProcessInstanceQuery().processDefinitionKey("involvement").processInstanceBusinessKey(personId)
        .active().singleResult();
  }

  /** A Let's Talk 1 that records a carer who accepts a conversation of their own [golden rule 6]. */
  static Map<String, Object> letsTalk1WithCarerAccepting(String outcome) {
    return with(letsTalk1(outcome), "carerPresent", true, "carerConversationOffered", true,
        "carerConversationRefused", false);
  }

  /** The carer's conversation started by the offer accepted in the conversation about {@code caredForId}. */
  ProcessInstance carersConversationFor(String caredForId) {
    List<ProcessInstance> found = runtime.createProcessInstanceQuery().processDefinitionKey("carers-conversation")
        .variableValueEquals("caredForId", caredForId).active().list();
    assertThat(found).as("one carer's conversation for " + caredForId).hasSize(1);
    return found.get(0);
  }

  /** A carer linked and waiting at their first Let's Talk 1, for somebody whose own Let's Talk 1 goes on. */
  ProcessInstance carerAtLetsTalk1(String caredForName) {
    ProcessInstance involvement = involvementWaitingAtLetsTalk1(contactAbout(caredForName));
    complete("practitioner2", called(involvement, "lets-talk-1"), "Task_HoldLetsTalk1",
        letsTalk1WithCarerAccepting("LT1"));
    ProcessInstance carer = carersConversationFor(involvement.getBusinessKey());
    complete("carers", carer, "Task_RecordCarerDetails", carerDetails("Husband"));
    assertThat(carer).isWaitingAt("Task_HoldCarersLetsTalk1");
    return carer;
  }

  /** The carer's person id, which the carer's conversation takes as its business key once the carer is linked. */
  UUID carerIdOf(ProcessInstance carersConversation) {
    return UUID.fromString((String) engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(carersConversation.getId()).variableName("personId").singleResult().getValue());
  }

  ProcessInstance called(ProcessInstance root, String processKey) {
    List<ProcessInstance> found = instanceTree(root.getId()).stream()
        .map(id -> runtime.createProcessInstanceQuery().processInstanceId(id).singleResult())
        .filter(p -> p != null && p.getProcessDefinitionId().startsWith(processKey + ":"))
        .toList();
    assertThat(found).as("one running " + processKey).hasSize(1);
    return found.get(0);
  }

  static Map<String, Object> carerDetails(String relationship) {
    Map<String, Object> form = new HashMap<>();
    form.put("carerGivenName", "Geraint");
    form.put("carerFamilyName", "Carer" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36));
    form.put("carerDateOfBirth", java.time.LocalDate.of(1950, 1, 1)
        .plusDays(ThreadLocalRandom.current().nextInt(7000)).toString());
    form.put("carerPostcode", "CF10 1AA");
    form.put("relationship", relationship);
    form.put("hoursOfCarePerWeek", 168);
    form.put("livesTogether", true);
    return form;
  }

  /** The carer-specific record: able and willing to care, life beyond caring, wellbeing, breakdown risk. */
  static Map<String, Object> carerRecord() {
    Map<String, Object> form = new HashMap<>();
    form.put("combinedConversation", false);
    form.put("strengthsPersonal", "Never gives up; outgoing when he has the chance");
    form.put("strengthsNetwork", "Their daughter helps when she can; a few old friends");
    form.put("strengthsCommunity", "The golf club he used to belong to");
    form.put("ableToCareNow", true);
    form.put("willingToCareNow", true);
    form.put("ableToCareInFuture", true);
    form.put("willingToCareInFuture", true);
    form.put("workEducationTraining", "Gave up his job twelve years ago to care full time");
    form.put("recreation", "Would like a round of golf at least once a week");
    form.put("wellbeingAndOutcomes", "Broken nights are taking a toll; wants time out and fun with his grandchildren");
    form.put("riskOfBreakdown", "MEDIUM");
    form.put("caredForNeedsImpact", "Round-the-clock care: turning her every four to six hours at night");
    form.put("agreedActions", "Information about the carers' support group");
    return form;
  }

  static Map<String, Object> carersLetsTalk1(String outcome) {
    return with(carerRecord(), "outcome", outcome, "outcomeRationale", "Agreed with him: " + outcome);
  }

  /** Carers' eligibility: needs from caring, every outcome achieved, so not eligible unless a test says more. */
  static Map<String, Object> carersEligibility(boolean significantImpact) {
    Map<String, Object> form = new HashMap<>();
    form.put("carerNeedsFromProvidingCare", true);
    form.put("carerHealthDeteriorating", false);
    form.put("carerSignificantImpactOnWellbeing", significantImpact);
    for (CarerOutcome outcome : CarerOutcome.values()) {
      for (String meaning : CarerOutcome.MEANINGS) {
        form.put(outcome.field(meaning), false);
      }
    }
    form.put("eligibilityEvidence", "Carer's conversation with the carer on his own.");
    return form;
  }

  static Map<String, Object> eligibleCarer() {
    return with(carersEligibility(true), "carerHealthDeteriorating", true,
        CarerOutcome.RECREATION.field("unableWithoutAssistance"), true,
        CarerOutcome.RELATIONSHIPS.field("unableWithoutAssistance"), true);
  }

  static Map<String, Object> carersPlan() {
    Map<String, Object> form = new HashMap<>();
    form.put("personalBudget", 40);
    form.put("delivery", "DIRECT_PAYMENT");
    form.put("item1_outcome", "A round of golf every week");
    form.put("item1_howItIsMet", "Golf club membership paid with the direct payment");
    form.put("item1_provider", "The local golf club");
    form.put("item1_frequency", "Weekly");
    form.put("item1_weeklyCost", 15);
    form.put("item2_outcome", "Time having fun with his grandchildren");
    form.put("item2_howItIsMet", "Days out with the grandchildren");
    form.put("item2_frequency", "Fortnightly");
    form.put("item2_weeklyCost", "20.00");
    return form;
  }

  static Map<String, Object> withReplacementCare(Map<String, Object> plan) {
    return with(plan, "replacementCareOutcome", "Alison is safe and comfortable while Geraint is out",
        "replacementCareHowItIsMet", "A personal assistant she knows sits with her",
        "replacementCareProvider", "Her own PA", "replacementCareFrequency", "Two mornings a week, 4 hours each",
        "replacementCareWeeklyCost", 128);
  }
}
