package org.letstalk.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.letstalk.FormFixtures.with;
import static org.letstalk.RefusalAssertions.assertThatRejected;
import static org.letstalk.conversation.ConversationFixtures.contactAbout;
import static org.letstalk.conversation.ConversationFixtures.letsTalk1;
import static org.letstalk.conversation.ConversationFixtures.newCaseFor;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.letstalk.PostgresTest;
import org.letstalk.validation.InputRejectedException;

/** Every path of lets-talk-1 [T 2.25-2.34], and its bad input. */
@PostgresTest
class LetsTalk1ProcessTest extends ConversationTestSupport {

  @Test
  void aNewCaseGoesStraightIntoALetsTalk1InTheWorkersInboxAndIsRecordedInFull() {
    ProcessInstance involvement = involvementFrom(contactAbout("Nora"), newCaseFor("practitioner"));

    assertThat(involvement).isWaitingAt("CallActivity_LetsTalk1");
    ProcessInstance lt1 = calledProcessInstance("lets-talk-1", involvement);
    Task task = task("Task_HoldLetsTalk1", lt1);
    assertThat(task).isAssignedTo("practitioner");
    assertThat(taskService.getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
        .as("their team sees its members' conversations").contains("team-north-locality-demo");
    assertThat(task.getName()).startsWith("Let's Talk 1: Nora Conv");
    assertThat(task.getDueDate()).isNotNull();

    complete("practitioner", lt1, "Task_HoldLetsTalk1", with(letsTalk1("NO_ONGOING_NEED"),
        "carerPresent", true, "carerConversationOffered", true, "carerConversationRefused", true,
        "carerRefusedReason", "His daughter says she manages fine"));

    assertThat(lt1).isEnded().hasPassed("Task_RecordLetsTalk1", "EndEvent_LetsTalk1Held");
    List<Conversation> held = conversations.findByPersonIdOrderByHeldAt(personOf(involvement));
    assertThat(held).hasSize(1);
    Conversation lt1Record = held.get(0);
    assertThat(lt1Record.getType()).isEqualTo(ConversationType.LT1);
    assertThat(lt1Record.getHeldBy()).isEqualTo("practitioner");
    assertThat(lt1Record.getStrengths().community()).contains("Bowls club");
    assertThat(lt1Record.getCarerRefusedReason()).contains("daughter");
    assertThat(lt1Record.getOutcome()).isEqualTo(ConversationOutcome.NO_ONGOING_NEED);
    assertThat(lt1Record.getContactId()).isNotNull();
    assertThat(decisions.findByPersonIdOrderByDecidedAt(personOf(involvement))).singleElement()
        .satisfies(d -> assertThat(d.getAlternativesNotChosen()).contains("Homecare"));
    assertThat(involvement).isWaitingAt("CallActivity_AuthoriseClosure");
  }

  @Test
  void aConversationWithoutItsStrengthsIsRefusedAndNothingIsStored() {
    ProcessInstance involvement = involvementFrom(contactAbout("Olive"), newCaseFor("practitioner"));
    ProcessInstance lt1 = calledProcessInstance("lets-talk-1", involvement);

    for (String strength : List.of("strengthsPersonal", "strengthsNetwork", "strengthsCommunity")) {
      assertThatRejected(() -> complete("practitioner", lt1, "Task_HoldLetsTalk1",
          with(letsTalk1("NO_ONGOING_NEED"), strength, " ")))
          .isInstanceOf(InputRejectedException.class).hasMessageStartingWith(strength + ":");
    }
    assertThat(lt1).isWaitingAt("Task_HoldLetsTalk1");
    assertThat(conversations.findByPersonIdOrderByHeldAt(personOf(involvement))).isEmpty();
  }

  @Test
  void anOutcomeThatDoesNotExistOrHasNoRationaleIsRefused() {
    ProcessInstance involvement = involvementFrom(contactAbout("Percy"), newCaseFor("practitioner"));
    ProcessInstance lt1 = calledProcessInstance("lets-talk-1", involvement);

    assertThatRejected(() -> complete("practitioner", lt1, "Task_HoldLetsTalk1", letsTalk1("SEND_TO_DAY_CENTRE")))
        .isInstanceOf(InputRejectedException.class).hasMessageStartingWith("outcome:");
    assertThatRejected(() -> complete("practitioner", lt1, "Task_HoldLetsTalk1",
        with(letsTalk1("NO_ONGOING_NEED"), "outcomeRationale", null)))
        .isInstanceOf(InputRejectedException.class).hasMessageStartingWith("outcomeRationale:");
    assertThat(lt1).isWaitingAt("Task_HoldLetsTalk1");
    assertThat(conversations.findByPersonIdOrderByHeldAt(personOf(involvement))).isEmpty();
  }

  @Test
  void aPersonWhoCouldNotTakePartNeedsCapacityARepresentativeAndABestInterestsDecision() {
    ProcessInstance involvement = involvementFrom(contactAbout("Quentin"), newCaseFor("practitioner"));
    ProcessInstance lt1 = calledProcessInstance("lets-talk-1", involvement);
    Map<String, Object> couldNot = with(letsTalk1("LT1"), "participation", "COULD_NOT_TAKE_PART",
        "participationNotes", "Advanced dementia; could not follow the conversation");

    assertThatRejected(() -> complete("practitioner", lt1, "Task_HoldLetsTalk1", couldNot))
        .isInstanceOf(InputRejectedException.class).hasMessageStartingWith("hasCapacity:");
    assertThatRejected(() -> complete("practitioner", lt1, "Task_HoldLetsTalk1", with(couldNot, "hasCapacity", false)))
        .isInstanceOf(InputRejectedException.class).hasMessageStartingWith("representative:");
    assertThatRejected(() -> complete("practitioner", lt1, "Task_HoldLetsTalk1",
        with(couldNot, "hasCapacity", false, "representative", "His son")))
        .isInstanceOf(InputRejectedException.class).hasMessageStartingWith("bestInterestsDecision:");
    assertThatRejected(() -> complete("practitioner", lt1, "Task_HoldLetsTalk1",
        with(letsTalk1("LT1"), "carerPresent", true, "carerConversationOffered", true,
            "carerConversationRefused", true)))
        .isInstanceOf(InputRejectedException.class).hasMessageStartingWith("carerRefusedReason:");

    complete("practitioner", lt1, "Task_HoldLetsTalk1", with(couldNot, "hasCapacity", false,
        "representative", "His son", "advocate", "IMCA", "bestInterestsDecision", "Stay at home with a sitter"));
    Conversation held = conversations.findByPersonIdOrderByHeldAt(personOf(involvement)).get(0);
    assertThat(held.getParticipation()).isEqualTo(Participation.COULD_NOT_TAKE_PART);
    assertThat(held.getHasCapacity()).isFalse();
    assertThat(held.getBestInterestsDecision()).contains("sitter");
  }

  // [T App B item 7; golden rule 6]: "not offered" is no answer on its own; the reason is kept with the conversation.
  @Test
  void aCarerNotOfferedAConversationOfTheirOwnNeedsTheReason() {
    ProcessInstance involvement = involvementFrom(contactAbout("Violet"), newCaseFor("practitioner"));
    ProcessInstance lt1 = calledProcessInstance("lets-talk-1", involvement);
    Map<String, Object> notOffered = with(letsTalk1("LT1"), "carerPresent", true, "carerConversationOffered", false);

    assertThatRejected(() -> complete("practitioner", lt1, "Task_HoldLetsTalk1", notOffered))
        .isInstanceOf(InputRejectedException.class).hasMessageStartingWith("carerNotOfferedReason:");
    assertThat(conversations.findByPersonIdOrderByHeldAt(personOf(involvement))).isEmpty();

    complete("practitioner", lt1, "Task_HoldLetsTalk1",
        with(notOffered, "carerNotOfferedReason", "Her husband is in hospital this week; offer when he is home"));
    assertThat(conversations.findByPersonIdOrderByHeldAt(personOf(involvement))).singleElement()
        .satisfies(c -> assertThat(c.getCarerNotOfferedReason()).contains("in hospital"));
  }

  // [T 3.8 Standard 1]: every conversation explores risks and records them with the actions; [T 2.33]: needs calling
  // for urgent action (self-neglect, hoarding, failure to gain access) are flagged; [T 2.17]: how it was held.
  @Test
  void aLetsTalk1RecordsTheRisksExploredTheUrgentFlagsAndHowItWasHeld() {
    ProcessInstance involvement = involvementFrom(contactAbout("Wilf"), newCaseFor("practitioner"));
    ProcessInstance lt1 = calledProcessInstance("lets-talk-1", involvement);

    assertThatRejected(() -> complete("practitioner", lt1, "Task_HoldLetsTalk1",
        with(letsTalk1("LT1"), "risksExplored", " ")))
        .isInstanceOf(InputRejectedException.class).hasMessageStartingWith("risksExplored:");
    assertThatRejected(() -> complete("practitioner", lt1, "Task_HoldLetsTalk1",
        with(letsTalk1("LT1"), "heldHow", "BY_LETTER")))
        .isInstanceOf(InputRejectedException.class).hasMessageStartingWith("heldHow:");
    assertThatRejected(() -> complete("practitioner", lt1, "Task_HoldLetsTalk1",
        with(letsTalk1("LT1"), "riskHoarding", true)))
        .isInstanceOf(InputRejectedException.class).hasMessageStartingWith("urgentAction:");
    assertThat(conversations.findByPersonIdOrderByHeldAt(personOf(involvement))).isEmpty();

    complete("practitioner", lt1, "Task_HoldLetsTalk1", with(letsTalk1("LT1"), "heldHow", "VIDEO",
        "riskHoarding", true, "urgentAction", "Fire service home safety visit booked for tomorrow"));
    Conversation held = conversations.findByPersonIdOrderByHeldAt(personOf(involvement)).get(0);
    assertThat(held.getHeldHow()).isEqualTo(HeldHow.VIDEO);
    assertThat(held.getRisks().explored()).contains("Falls on the stairs");
    assertThat(held.getRisks().hoarding()).isTrue();
    assertThat(held.getRisks().selfNeglect()).isFalse();
    assertThat(held.getRisks().urgentAction()).contains("Fire service");
  }

  @Test
  void anotherLetsTalk1GoesToThePractitionerWhoHeldTheFirst() {
    ProcessInstance involvement = involvementFrom(contactAbout("Ruth"),
        Map.of("outcome", "NEW_CASE", "outcomeReason", "Team to pick up", "allocation", "TEAM_QUEUE",
            "allocatedTeam", "practitioners"));
    ProcessInstance first = calledProcessInstance("lets-talk-1", involvement);
    assertThat(task("Task_HoldLetsTalk1", first)).isNotAssigned().hasCandidateGroup("practitioners");

    complete("practitioner2", first, "Task_HoldLetsTalk1", letsTalk1("LT1"));

    assertThat(involvement).isWaitingAt("CallActivity_LetsTalk1");
    ProcessInstance second = calledProcessInstance("lets-talk-1", involvement);
    assertThat(second.getId()).isNotEqualTo(first.getId());
    assertThat(task("Task_HoldLetsTalk1", second)).isAssignedTo("practitioner2");
  }
}
