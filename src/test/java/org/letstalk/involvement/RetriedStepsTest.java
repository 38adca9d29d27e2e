package org.letstalk.involvement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.letstalk.conversation.ConversationFixtures.contactAbout;
import static org.letstalk.conversation.ConversationFixtures.newCaseFor;

import org.letstalk.conversation.ConversationTestSupport;
import java.time.Instant;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.letstalk.PostgresTest;
import org.letstalk.contact.ContactRepository;
import org.letstalk.person.PersonRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * A step run twice, as a retry after a failure or a lost optimistic lock runs it, writes its record once; and
 * the schema itself refuses the second record, so a check in code that races with another can never let it in.
 */
@PostgresTest
class RetriedStepsTest extends ConversationTestSupport {

  @Autowired
  ContactRepository contacts;

  @Autowired
  PersonRepository people;

  @Test
  void recordingTheContactAgainFindsTheContactAndThePersonItRecorded() {
    ProcessInstance contact = startContact("frontdoor", contactAbout("Retry"));
    UUID personId = contacts.findByProcessInstanceId(contact.getId()).orElseThrow().getPersonId();
    long peopleBefore = people.count();

    runtime.createProcessInstanceModification(contact.getId()).startBeforeActivity("Task_RecordContact").execute();

    assertThat(contacts.findByPersonIdOrderByArrivedAt(personId)).singleElement()
        .satisfies(c -> assertThat(c.getProcessInstanceId()).isEqualTo(contact.getId()));
    assertThat(people.count()).isEqualTo(peopleBefore);
  }

  @Test
  void openingTheInvolvementAgainFindsTheOneItOpened() {
    ProcessInstance involvement = involvementFrom(contactAbout("Again"), newCaseFor("practitioner"));
    UUID personId = UUID.fromString(involvement.getBusinessKey());

    runtime.createProcessInstanceModification(involvement.getId()).startBeforeActivity("Task_OpenInvolvement").execute();

    assertThat(involvements.findByPersonIdOrderByStartedAt(personId)).singleElement()
        .satisfies(i -> assertThat(i.getProcessInstanceId()).isEqualTo(involvement.getId()));
  }

  @Test
  void theSchemaRefusesASecondOpenInvolvementForAPersonButNotANewOneAfterTheFirstEnds() {
    ProcessInstance involvement = involvementFrom(contactAbout("Twice"), newCaseFor("practitioner"));
    UUID personId = UUID.fromString(involvement.getBusinessKey());
    Involvement open = involvements.findByProcessInstanceId(involvement.getId()).orElseThrow();

    assertThatThrownBy(() -> involvements.saveAndFlush(
        Involvement.open("elsewhere-" + UUID.randomUUID(), personId, null, true, Instant.now())))
        .isInstanceOf(DataIntegrityViolationException.class);

    open.close("Needs met", Instant.now());
    involvements.saveAndFlush(open);
    involvements.saveAndFlush(Involvement.open("later-" + UUID.randomUUID(), personId, null, true, Instant.now()));
    assertThat(involvements.findByPersonIdOrderByStartedAt(personId)).hasSize(2);
  }
}
