package org.letstalk.involvement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.letstalk.FormFixtures.with;
import static org.letstalk.RefusalAssertions.assertThatRejected;
import static org.letstalk.conversation.ConversationFixtures.contactAbout;
import static org.letstalk.conversation.ConversationFixtures.crisisFor;
import static org.letstalk.conversation.ConversationFixtures.letsTalk1;
import static org.letstalk.conversation.ConversationFixtures.newCaseFor;

import org.letstalk.conversation.ConversationTestSupport;
import java.util.List;
import java.util.Map;
import org.letstalk.safeguarding.SafeguardingConcern.Origin;
import org.letstalk.safeguarding.flow.RaisedHere;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.letstalk.PostgresTest;
import org.letstalk.document.DocumentKind;
import org.letstalk.document.PersonDocument;
import org.letstalk.document.DocumentTexts;
import org.letstalk.document.PersonDocumentRepository;
import org.letstalk.safeguarding.SafeguardingConcern;
import org.letstalk.safeguarding.SafeguardingConcernRepository;
import org.letstalk.validation.InputRejectedException;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of the involvement: one per person, conversations in turn, closure authorised, or Let's Talk 3. */
@PostgresTest
class InvolvementProcessTest extends ConversationTestSupport {

  @Autowired
  SafeguardingConcernRepository concerns;

  @Autowired
  PersonDocumentRepository documents;

  @Test
  void aFurtherContactJoinsTheRunningInvolvementInsteadOfStartingASecond() {
    Map<String, Object> contact = contactAbout("Bella");
    ProcessInstance involvement = involvementFrom(contact, newCaseFor("practitioner"));

    ProcessInstance again = startContact("frontdoor", with(contact, "presentingNeed", "Fell last night; carer worried"));
    complete("frontdoor", again, "Task_DecideContactOutcome", crisisFor("practitioner2"));

    assertThat(again).isEnded();
    assertThat(runtime.getVariable(involvement.getId(), "personId"))
        .isEqualTo(historicVariable(again, "personId"));
    assertThat(historicVariable(again, "joinedInvolvement")).isEqualTo(true);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("involvement")
        .processInstanceBusinessKey(personOf(involvement).toString()).count()).isEqualTo(1);
    assertThat(involvement).isWaitingAt("CallActivity_LetsTalk1", "Task_ConsiderFurtherContact");
    Task further = task("Task_ConsiderFurtherContact", involvement);
    assertThat(further).isAssignedTo("practitioner2");
    assertThat(further.getName()).startsWith("Further contact about Bella Conv");

    assertThatRejected(() -> complete("practitioner2", involvement, "Task_ConsiderFurtherContact", Map.of()))
        .isInstanceOf(InputRejectedException.class).hasMessageStartingWith("newContactAction:");
    complete("practitioner2", involvement, "Task_ConsiderFurtherContact",
        Map.of("newContactAction", "Visited; talked it through with Priya, who holds the Let's Talk 1"));

    assertThat(involvement).hasPassed("EndEvent_FurtherContactConsidered").isWaitingAt("CallActivity_LetsTalk1");
    assertThat(decisions.findByPersonIdOrderByDecidedAt(personOf(involvement)))
        .anySatisfy(d -> assertThat(d.getKind()).isEqualTo("FURTHER_CONTACT"));
  }

  @Test
  void anExistingCaseWithNoRunningInvolvementStartsOneWithALetsTalk2() {
    ProcessInstance involvement = involvementFrom(contactAbout("Cyril"), crisisFor("practitioner"));

    assertThat(involvement).isWaitingAt("CallActivity_LetsTalk2");
    assertThat(involvements.findByProcessInstanceId(involvement.getId()).orElseThrow().getStatus())
        .isEqualTo(InvolvementStatus.OPEN);
  }

  @Test
  void aClosureIsAuthorisedByAManagerOfTheCasesTeamAndClosesTheInvolvement() {
    ProcessInstance involvement = involvementFrom(contactAbout("Dora"), newCaseFor("practitioner"));
    complete("practitioner", calledProcessInstance("lets-talk-1", involvement), "Task_HoldLetsTalk1",
        letsTalk1("NO_ONGOING_NEED"));

    ProcessInstance authorisation = calledProcessInstance("funding-authorisation", involvement);
    Task decide = task("Task_DecideAuthorisation", authorisation);
    assertThat(decide).as("the managers of North locality, the practitioner's team")
        .hasCandidateGroup("team-north-locality-demo-managers");
    assertThat(decide.getName()).startsWith("Authorise closure: Dora Conv");
    approveAuthorisation("teammanager", authorisation);

    assertThat(involvement).isEnded().hasPassed("Task_CloseInvolvement", "EndEvent_Closed");
    Involvement closed = involvements.findByProcessInstanceId(involvement.getId()).orElseThrow();
    assertThat(closed.getStatus()).isEqualTo(InvolvementStatus.CLOSED);
    assertThat(closed.getEndReason()).contains("NO_ONGOING_NEED");
    List<PersonDocument> given = documents.findByPersonIdOrderByMadeAtAsc(closed.getPersonId());
    assertThat(given).extracting(PersonDocument::getKind)
        .containsExactly(DocumentKind.LETS_TALK_1_RECORD, DocumentKind.CLOSURE_LETTER);
    assertThat(given.get(0)).satisfies(record -> {
      assertThat(record.getMadeBy()).isEqualTo("practitioner");
      assertThat(DocumentTexts.of(record.getContent())).contains("Our conversation with you", "Dora",
          "What we agreed", "we plan to close your case");
    });
    assertThat(given.get(1)).satisfies(letter -> {
      assertThat(letter.getMadeBy()).isEqualTo("teammanager");
      assertThat(DocumentTexts.of(letter.getContent())).contains("Your support from us has ended", "Dora",
          "We closed your case on", "If things change");
    });
  }

  @Test
  void aReturnedClosureGoesBackToThePractitionerWhoAsksAgainWithABetterReason() {
    ProcessInstance involvement = involvementFrom(contactAbout("Eric"), newCaseFor("practitioner"));
    complete("practitioner", calledProcessInstance("lets-talk-1", involvement), "Task_HoldLetsTalk1",
        letsTalk1("NO_ONGOING_NEED"));
    decideAuthorisation("teammanager", calledProcessInstance("funding-authorisation", involvement), "RETURNED",
        "Say who checks on him at weekends");

    Task reconsider = task("Task_ReconsiderClosure", involvement);
    assertThat(reconsider).isAssignedTo("practitioner");
    assertThat(runtime.getVariable(involvement.getId(), "authorisationReason")).isEqualTo("Say who checks on him at weekends");
    assertThatRejected(() -> complete("practitioner", involvement, "Task_ReconsiderClosure",
        Map.of("closureNextStep", "ASK_AGAIN")))
        .isInstanceOf(InputRejectedException.class).hasMessageStartingWith("closureNextStepReason:");
    complete("practitioner", involvement, "Task_ReconsiderClosure", Map.of("closureNextStep", "ASK_AGAIN",
        "closureNextStepReason", "No ongoing need; his nephew visits every Saturday and Sunday"));

    ProcessInstance second = calledProcessInstance("funding-authorisation", involvement);
    assertThat(runtime.getVariable(second.getId(), "summary")).asString().contains("nephew");
    approveAuthorisation("teammanager2", second);
    assertThat(involvement).isEnded().hasPassed("Task_RecordClosureReconsidered", "EndEvent_Closed");
  }

  @Test
  void aDeclinedClosureCanLeadToAnotherConversation() {
    ProcessInstance involvement = involvementFrom(contactAbout("Fay"), newCaseFor("practitioner"));
    complete("practitioner", calledProcessInstance("lets-talk-1", involvement), "Task_HoldLetsTalk1",
        letsTalk1("NO_ONGOING_NEED"));
    decideAuthorisation("teammanager", calledProcessInstance("funding-authorisation", involvement), "DECLINED",
        "Carer's needs not yet explored");

    complete("practitioner", involvement, "Task_ReconsiderClosure", Map.of("closureNextStep", "LT1",
        "closureNextStepReason", "Meet with her and her husband together"));

    assertThat(involvement).isWaitingAt("CallActivity_LetsTalk1");
    assertThat(task("Task_HoldLetsTalk1", calledProcessInstance("lets-talk-1",
        involvement))).isAssignedTo("practitioner");
  }

  @Test
  void aLetsTalk3OutcomeCallsLetsTalk3WithThePractitionerWhoHeldTheLetsTalk1() {
    ProcessInstance involvement = involvementFrom(contactAbout("Gus"), newCaseFor("practitioner"));
    complete("practitioner", calledProcessInstance("lets-talk-1", involvement), "Task_HoldLetsTalk1", letsTalk1("LT3"));

    assertThat(involvement).isWaitingAt("CallActivity_LetsTalk3");
    Task letsTalk3 = task("Task_HoldLetsTalk3", calledProcessInstance("lets-talk-3", involvement));
    assertThat(letsTalk3.getName()).startsWith("Let's Talk 3: Gus Conv");
    assertThat(letsTalk3).isAssignedTo("practitioner");
  }

  @Test
  void aSafeguardingOutcomeRaisesAConcernForSeniorsManagersAndSafeguardingAndTheConversationsGoOn() {
    ProcessInstance involvement = involvementFrom(contactAbout("Hilda"), newCaseFor("practitioner"));
    ProcessInstance lt1 = calledProcessInstance("lets-talk-1", involvement);
    complete("practitioner", lt1, "Task_HoldLetsTalk1",
        with(letsTalk1("SAFEGUARDING"), "outcomeRationale", "Bruising; says her lodger takes her pension",
            "concernAllegedPersonName", "Ron Lodge", "concernAllegedPersonRelationship", "Lodger"));

    assertThat(involvement).hasPassed("Task_SafeguardingConcern").isWaitingAt("CallActivity_LetsTalk1");
    assertThat(task("Task_HoldLetsTalk1", calledProcessInstance("lets-talk-1", involvement)))
        .as("the practitioner keeps in touch while the decision is made").isAssignedTo("practitioner");
    SafeguardingConcern raised = concerns.findByRaisedInProcessInstanceId(involvement.getId()).get(0);
    assertThat(raised.getDescription()).isEqualTo("Bruising; says her lodger takes her pension");
    assertThat(raised.getAllegedPersonName()).as("so the enquiry can keep him from representing her")
        .isEqualTo("Ron Lodge");
    assertThat(raised.getAllegedPersonRelationship()).isEqualTo("Lodger");
    assertThat(raised.getRaisedInProcessKey()).isEqualTo("involvement");
    assertThat(raised.getRaisedBy()).isEqualTo("practitioner");
    assertThat(raised.getPersonId()).isEqualTo(personOf(involvement));
    ProcessInstance concern = runtime.createProcessInstanceQuery()
        .processInstanceId(raised.getProcessInstanceId()).singleResult();
    Task decide = task("Task_DecideConcern", concern);
    assertThat(decide.getName()).startsWith("Safeguarding decision: Hilda Conv");
    assertThat(taskService.getIdentityLinksForTask(decide.getId())).extracting(IdentityLink::getGroupId)
        .contains("senior-practitioners", "team-managers", "safeguarding");
    assertThat(involvements.findByProcessInstanceId(involvement.getId()).orElseThrow().getStatus())
        .isEqualTo(InvolvementStatus.OPEN);
    assertThat(documents.findByPersonIdOrderByMadeAtAsc(personOf(involvement))).singleElement()
        .satisfies(record -> assertThat(DocumentTexts.of(record.getContent()))
            .as("the person's copy, which may reach the lodger, says what follows without naming him")
            .contains("We will talk with you about keeping you safe").doesNotContain("Ron Lodge", "pension"));
  }

  @Test
  void askingAgainToCloseIsRefusedWhileAConcernWaitsForItsDecision() {
    ProcessInstance involvement = involvementFrom(contactAbout("Ida"), newCaseFor("practitioner2"));
    complete("practitioner2", calledProcessInstance("lets-talk-1", involvement), "Task_HoldLetsTalk1",
        letsTalk1("NO_ONGOING_NEED"));
    decideAuthorisation("teammanager", calledProcessInstance("funding-authorisation", involvement), "RETURNED",
        "Who checks on her at night?");
    // As the involvement's own raising step does: where the concern comes from is handed over by our code.
    Origin raisedHere = new Origin(involvement.getId() + "/test", "involvement", involvement.getId(), null,
        "practitioner2");
    as("practitioner2", () -> RaisedHere.from(raisedHere, () -> runtime.createMessageCorrelation(
        "SafeguardingConcernRaised").setVariables(Map.of("personName", "Ida",
            "concernDescription", "Neighbour reports shouting at night")).correlateStartMessage()));

    assertThatRejected(() -> complete("practitioner2", involvement, "Task_ReconsiderClosure",
        Map.of("closureNextStep", "ASK_AGAIN", "closureNextStepReason", "Her son stays over")))
        .isInstanceOf(InputRejectedException.class).hasMessageStartingWith("closureNextStep: a safeguarding concern");
    assertThat(involvement).isWaitingAt("Task_ReconsiderClosure");
  }

  @Test
  void aLetsTalk1CanMoveIntoALetsTalk2() {
    ProcessInstance involvement = involvementFrom(contactAbout("Ivan"), newCaseFor("practitioner"));
    complete("practitioner", calledProcessInstance("lets-talk-1", involvement), "Task_HoldLetsTalk1", letsTalk1("LT2"));

    assertThat(involvement).isWaitingAt("CallActivity_LetsTalk2");
    assertThat(task("Task_HoldLetsTalk2", calledProcessInstance("lets-talk-2",
        involvement))).isAssignedTo("practitioner");
  }
}
