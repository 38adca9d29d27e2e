package org.letstalk.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.letstalk.FormFixtures.with;
import static org.letstalk.RefusalAssertions.assertThatRejected;
import static org.letstalk.conversation.ConversationFixtures.contactAbout;
import static org.letstalk.conversation.ConversationFixtures.letsTalk1;
import static org.letstalk.conversation.ConversationFixtures.letsTalk2;
import static org.letstalk.conversation.ConversationFixtures.newCaseFor;

import java.util.UUID;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.letstalk.PostgresTest;
import org.letstalk.person.DetailsForm;
import org.letstalk.person.Person;
import org.letstalk.person.PersonChange;
import org.letstalk.person.PersonChangeRepository;
import org.letstalk.person.PersonRepository;
import org.letstalk.record.RecordAccess;
import org.letstalk.record.RecordAccessRepository;
import org.letstalk.record.RecordUpkeep;
import org.letstalk.validation.InputRejectedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The details a council reports that the front door could not ask are completed in the conversations: onto the
 * person's record as the worker's change, never kept in the process; a bad one refuses the conversation.
 */
@PostgresTest
class ReportedDetailsInConversationsTest extends ConversationTestSupport {

  @Autowired
  PersonRepository people;

  @Autowired
  PersonChangeRepository changes;

  @Autowired
  RecordAccessRepository accessLog;

  @Autowired
  TestRestTemplate http;

  @Test
  void aLetsTalk1CompletesTheRecordAsTheWorkersChangeAndTheProcessKeepsNone() {
    ProcessInstance involvement = involvementFrom(contactAbout("Wanda"), newCaseFor("practitioner"));
    ProcessInstance lt1 = calledProcessInstance("lets-talk-1", involvement);
    UUID personId = personOf(involvement);

    complete("practitioner", lt1, "Task_HoldLetsTalk1", with(letsTalk1("LT1"), "ethnicCategory", "b",
        "statedGender", "2", "mainLanguage", "PL", "gpPractice", "a81001", "title", "", "preferredName", null));

    Person person = people.findById(personId).orElseThrow();
    assertThat(person.getEthnicCategory()).isEqualTo("B");
    assertThat(person.getStatedGender()).isEqualTo("2");
    assertThat(person.getMainLanguage()).isEqualTo("pl");
    assertThat(person.getGpPractice()).isEqualTo("A81001");
    assertThat(person.getTitle()).as("an empty field changes nothing").isNull();
    // The front door's own entries (consent to share, as the contact gave it) come before the conversation's.
    assertThat(changes.findByPersonIdOrderByChangedAtAscIdAsc(personId))
        .filteredOn(change -> !"frontdoor".equals(change.getChangedBy()))
        .extracting(PersonChange::getField, PersonChange::getOldValue, PersonChange::getNewValue,
            PersonChange::getChangedBy)
        .containsExactlyInAnyOrder(tuple("statedGender", null, "2", "practitioner"),
            tuple("ethnicCategory", null, "B", "practitioner"), tuple("gpPractice", null, "A81001", "practitioner"),
            tuple("mainLanguage", null, "pl", "practitioner"));
    assertThat(accessLog.findOfPerson(personId)).filteredOn(a -> a.getAction().equals(RecordUpkeep.CHANGE_DETAILS))
        .extracting(RecordAccess::getUserId).containsExactly("practitioner");
    for (String field : DetailsForm.ASKED_AT_THE_FRONT_DOOR) {
      assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(lt1.getId())
          .variableName(field).list()).as(field + " left the process").isEmpty();
    }

    String page = http.withBasicAuth("practitioner2", "demo").getForObject("/people/" + personId, String.class);
    assertThat(page).contains("The details a council reports").contains("White: Irish")
        .contains("Female (including trans woman)").contains("Polish").contains("A81001")
        .contains("Ethnicity (as the person states it) changed by Priya Patel");
  }

  @Test
  void aBadDetailRefusesTheConversationNamingItAndNothingIsStored() {
    ProcessInstance involvement = involvementFrom(contactAbout("Xena"), newCaseFor("practitioner"));
    complete("practitioner", calledProcessInstance("lets-talk-1", involvement), "Task_HoldLetsTalk1",
        letsTalk1("LT2"));
    ProcessInstance lt2 = calledProcessInstance("lets-talk-2", involvement);
    UUID personId = personOf(involvement);
    int conversationsBefore = conversations.findByPersonIdOrderByHeldAt(personId).size();
    int changesBefore = changes.findByPersonIdOrderByChangedAtAscIdAsc(personId).size();

    assertThatRejected(() -> complete("practitioner", lt2, "Task_HoldLetsTalk2",
        with(letsTalk2(7), "ethnicCategory", "Q", "phenotypicSex", "2")))
        .isInstanceOf(InputRejectedException.class).hasMessageStartingWith("ethnicCategory:");
    assertThatRejected(() -> complete("practitioner", lt2, "Task_HoldLetsTalk2",
        with(letsTalk2(7), "gpPractice", "12345")))
        .isInstanceOf(InputRejectedException.class).hasMessageStartingWith("gpPractice:");

    assertThat(lt2).isWaitingAt("Task_HoldLetsTalk2");
    assertThat(people.findById(personId).orElseThrow().getPhenotypicSex()).isNull();
    assertThat(changes.findByPersonIdOrderByChangedAtAscIdAsc(personId)).hasSize(changesBefore);
    assertThat(conversations.findByPersonIdOrderByHeldAt(personId)).hasSize(conversationsBefore);

    complete("practitioner", lt2, "Task_HoldLetsTalk2", with(letsTalk2(7), "primarySupportReason",
        "personal_care_support"));
    assertThat(people.findById(personId).orElseThrow().getPrimarySupportReason()).isEqualTo("PERSONAL_CARE_SUPPORT");
  }
}
