package org.letstalk.longtermsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.letstalk.conversation.ConversationFixtures.contactAbout;
import static org.letstalk.conversation.ConversationFixtures.letsTalk1;
import static org.letstalk.conversation.ConversationFixtures.newCaseFor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.letstalk.ProcessTestSupport;

/** Reaching a Let's Talk 3 through the front door, and valid input for its forms. */
abstract class LetsTalk3TestSupport extends ProcessTestSupport {

  /** A person's involvement whose Let's Talk 1 ended with the outcome Let's Talk 3. */
  ProcessInstance involvementAfterLetsTalk1(String givenName) {
    ProcessInstance involvement = involvementWaitingAtLetsTalk1(givenName);
    complete("practitioner2", called(involvement, "lets-talk-1"), "Task_HoldLetsTalk1", letsTalk1("LT3"));
    assertThat(involvement).isWaitingAt("CallActivity_LetsTalk3");
    return involvement;
  }

  ProcessInstance involvementWaitingAtLetsTalk1(String givenName) {
    ProcessInstance contact = startContact("frontdoor", contactAbout(givenName));
    complete("frontdoor", contact, "Task_DecideContactOutcome", newCaseFor("practitioner2"));
    String personId = (String) engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(contact.getId()).variableName("personId").singleResult().getValue();
    return runtime.createProcessInstanceQuery().processDefinitionKey("involvement").processInstanceBusinessKey(personId)
        .active().singleResult();
  }

  /** Let's Talk 3 asked for in an involvement where no conversation has been held yet. */
  ProcessInstance letsTalk3WithoutEarlierConversation(String givenName) {
    ProcessInstance involvement = involvementWaitingAtLetsTalk1(givenName);
    Map<String, Object> variables = new HashMap<>();
    for (String name : List.of("personId", "personName", "involvementId", "conversationTeam")) {
      variables.put(name, runtime.getVariable(involvement.getId(), name));
    }
    variables.put("conversationAssignee", "practitioner2");
    return runtime.startProcessInstanceByKey("lets-talk-3", involvement.getBusinessKey(), variables);
  }

  ProcessInstance letsTalk3Of(ProcessInstance involvement) {
    return called(involvement, "lets-talk-3");
  }

  ProcessInstance called(ProcessInstance root, String processKey) {
    List<ProcessInstance> found = instanceTree(root.getId()).stream()
        .map(id -> runtime.createProcessInstanceQuery().processInstanceId(id).singleResult())
        .filter(p -> p != null && p.getProcessDefinitionId().startsWith(processKey + ":"))
        .toList();
    assertThat(found).as("one running " + processKey).hasSize(1);
    return found.get(0);
  }

  static Map<String, Object> analysis() {
    Map<String, Object> form = new HashMap<>();
    form.put("strengthsPersonal", "Loves gardening; knows exactly how she likes things done");
    form.put("strengthsNetwork", "Her son phones daily and visits at weekends");
    form.put("strengthsCommunity", "Allotment society; the church coffee morning");
    form.put("abilityToMeetOwnNeeds", "Cannot wash or dress without help since the stroke");
    form.put("informalNetwork", "Son does the shopping; cannot help in the mornings");
    form.put("interestsAndOpportunities", "Allotment society would welcome her back");
    form.put("otherWaysToMeetNeed", "Pendant alarm and a perching stool tried; mornings still need a person");
    form.put("riskOfHarm", "Falls risk in the bathroom");
    form.put("capacityAccommodation", true);
    form.put("capacityCare", true);
    form.put("capacityTreatment", true);
    form.put("dolsRisk", false);
    form.put("transport", "Cannot use the bus yet; allotment club can give lifts some days");
    form.put("outcomesSought", "Washed and dressed each morning; back at the allotment");
    form.put("howPaidSupportMeetsThem", "A personal assistant each morning; lifts to the allotment");
    form.put("chcToBeConsidered", false);
    return form;
  }

  static Map<String, Object> plan() {
    Map<String, Object> form = new HashMap<>();
    form.put("personalBudget", 185);
    form.put("delivery", "DIRECT_PAYMENT");
    form.put("item1_outcome", "Washed and dressed each morning");
    form.put("item1_howItIsMet", "Personal assistant employed with the direct payment");
    form.put("item1_provider", "Her own PA");
    form.put("item1_frequency", "7 mornings a week, 1 hour");
    form.put("item1_weeklyCost", 140);
    form.put("item2_outcome", "Out to the allotment twice a week");
    form.put("item2_howItIsMet", "Taxi on the days the club cannot give a lift");
    form.put("item2_frequency", "Twice a week");
    form.put("item2_weeklyCost", "40.00");
    return form;
  }
}
