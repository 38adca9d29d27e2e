package org.letstalk.carers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.letstalk.FormFixtures.with;
import static org.letstalk.RefusalAssertions.assertThatRejected;
import static org.letstalk.carers.CarersFixtures.carerDetails;
import static org.letstalk.carers.CarersFixtures.carersLetsTalk1;
import static org.letstalk.carers.CarersFixtures.letsTalk1WithCarerAccepting;
import static org.letstalk.conversation.ConversationFixtures.contactAbout;
import static org.letstalk.conversation.ConversationFixtures.crisisFor;
import static org.letstalk.conversation.ConversationFixtures.letsTalk1;
import static org.letstalk.conversation.ConversationFixtures.letsTalk2;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.letstalk.PostgresTest;
import org.letstalk.longtermsupport.LetsTalk3Fixtures;
import org.letstalk.validation.InputRejectedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * In Wales every assessment starts from what matters to the person and is structured around five elements:
 * circumstances, personal outcomes, barriers, risks, strengths and capabilities [W ¶37-42, ¶78]. A Welsh Let's Talk 2,
 * Let's Talk 3 and carer's conversation ask, and require, what matters in the person's own words and what stands in
 * the way, as a Welsh Let's Talk 1 does, and keep them on the record.
 */
@PostgresTest
@TestPropertySource(properties = "letstalk.council.nation=WALES")
class WelshWhatMattersTest extends CarersTestSupport {

  static final Map<String, Object> WHAT_MATTERS = Map.of("whatMatters", "Singing with the chapel choir again",
      "barriers", "The stairs to the vestry");

  @Autowired
  JdbcTemplate jdbc;

  static Map<String, Object> welsh(Map<String, Object> form) {
    Map<String, Object> answered = new HashMap<>(form);
    answered.putAll(WHAT_MATTERS);
    return answered;
  }

  /** [W ¶37-42]: a crisis conversation in Wales still starts from what matters. */
  @Test
  void aWelshLetsTalk2RecordsWhatMattersAndTheBarriers() {
    ProcessInstance crisis = involvementFrom(contactAbout("Owain"), crisisFor("practitioner2"));
    ProcessInstance letsTalk2 = calledProcessInstance("lets-talk-2", crisis);
    assertThat(taskService.getVariable(task("Task_HoldLetsTalk2", letsTalk2).getId(), "councilNation"))
        .as("the form asks the Welsh questions").isEqualTo("WALES");

    assertThatRejected(() -> complete("practitioner2", letsTalk2, "Task_HoldLetsTalk2", letsTalk2(14)))
        .isInstanceOf(InputRejectedException.class).hasMessageContaining("whatMatters")
        .hasMessageContaining("barriers");
    complete("practitioner2", letsTalk2, "Task_HoldLetsTalk2", welsh(letsTalk2(14)));

    assertThat(jdbc.queryForMap("select what_matters, barriers from conversation where person_id = ?"
        + " and conversation_type = 'LT2'", UUID.fromString(crisis.getBusinessKey())))
        .containsEntry("what_matters", "Singing with the chapel choir again")
        .containsEntry("barriers", "The stairs to the vestry");
  }

  /** [W ¶37-42, ¶78]: the Let's Talk 3 analysis records what matters and the barriers with the other elements. */
  @Test
  void aWelshLetsTalk3RecordsWhatMattersAndTheBarriers() {
    ProcessInstance involvement = involvementWaitingAtLetsTalk1(contactAbout("Rhys"));
    complete("practitioner2", calledProcessInstance("lets-talk-1", involvement), "Task_HoldLetsTalk1",
        welsh(letsTalk1("LT3")));
    ProcessInstance letsTalk3 = calledProcessInstance("lets-talk-3", involvement);
    assertThat(taskService.getVariable(task("Task_HoldLetsTalk3", letsTalk3).getId(), "councilNation"))
        .isEqualTo("WALES");

    assertThatRejected(() -> complete("practitioner2", letsTalk3, "Task_HoldLetsTalk3",
        LetsTalk3Fixtures.analysis()))
        .isInstanceOf(InputRejectedException.class).hasMessageContaining("whatMatters")
        .hasMessageContaining("barriers");
    complete("practitioner2", letsTalk3, "Task_HoldLetsTalk3", with(LetsTalk3Fixtures.analysis(),
        "whatMatters", "Staying in the house her husband built", "barriers", "No downstairs toilet"));

    assertThat(jdbc.queryForMap("select what_matters, barriers from lets_talk_3 where person_id = ?",
        UUID.fromString(involvement.getBusinessKey())))
        .containsEntry("what_matters", "Staying in the house her husband built")
        .containsEntry("barriers", "No downstairs toilet");
  }

  /** [W ¶37-42, ¶86-93]: a carer's own conversation starts from what matters to the carer. */
  @Test
  void aWelshCarersConversationRecordsWhatMattersAndTheBarriers() {
    ProcessInstance involvement = involvementWaitingAtLetsTalk1(contactAbout("Alys"));
    complete("practitioner2", calledProcessInstance("lets-talk-1", involvement), "Task_HoldLetsTalk1",
        welsh(letsTalk1WithCarerAccepting("LT1")));
    ProcessInstance carer = carersConversationFor(involvement.getBusinessKey());
    complete("carers", carer, "Task_RecordCarerDetails", carerDetails("Husband"));
    assertThat(taskService.getVariable(task("Task_HoldCarersLetsTalk1", carer).getId(), "councilNation"))
        .isEqualTo("WALES");

    assertThatRejected(() -> complete("carers", carer, "Task_HoldCarersLetsTalk1", carersLetsTalk1("LT1")))
        .isInstanceOf(InputRejectedException.class).hasMessageContaining("whatMatters")
        .hasMessageContaining("barriers");
    complete("carers", carer, "Task_HoldCarersLetsTalk1", with(carersLetsTalk1("LT1"),
        "whatMatters", "A round of golf on Saturdays", "barriers", "Nobody to sit with her while he is out"));

    assertThat(jdbc.queryForMap("select what_matters, barriers from carer_conversation where carer_id = ?",
        carerIdOf(carer)))
        .containsEntry("what_matters", "A round of golf on Saturdays")
        .containsEntry("barriers", "Nobody to sit with her while he is out");
  }
}
