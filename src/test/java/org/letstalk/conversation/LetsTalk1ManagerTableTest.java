package org.letstalk.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.letstalk.FormFixtures.with;
import static org.letstalk.conversation.ConversationFixtures.contactAbout;
import static org.letstalk.conversation.ConversationFixtures.letsTalk1;
import static org.letstalk.conversation.ConversationFixtures.newCaseFor;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.letstalk.PostgresTest;
import org.letstalk.authorisation.AuthorisationRequestRepository;
import org.letstalk.authorisation.RequestType;
import org.letstalk.plan.Delivery;
import org.letstalk.plan.PlanType;
import org.letstalk.plan.SupportPlan;
import org.letstalk.plan.SupportPlanItem;
import org.letstalk.plan.SupportPlans;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Whether a Let's Talk 1 goes to a team manager before it concludes is the table lets-talk-1-manager, which
 * process owners change: shipped, every Let's Talk 1 of an existing funded case is a reassessment the manager
 * approves [T 7.18 4.3c], and one without a plan in force concludes with the practitioner.
 */
@PostgresTest
class LetsTalk1ManagerTableTest extends ConversationTestSupport {

  static final String DEPLOYMENT = "lets-talk-1-manager-changed";
  static final String SHIPPED_ROW = "<outputEntry id=\"OutputEntry_ExistingFundedCase\">\n          <text>true</text>";
  static final String CHANGED_ROW = "<outputEntry id=\"OutputEntry_ExistingFundedCase\">\n          <text>false</text>";

  @Autowired
  AuthorisationRequestRepository authorisations;

  @Autowired
  SupportPlans supportPlans;

  @Autowired
  RepositoryService repository;

  @BeforeEach
  @AfterEach
  void shippedTableIsLatest() {
    repository.createDeploymentQuery().deploymentName(DEPLOYMENT).list()
        .forEach(deployment -> repository.deleteDeployment(deployment.getId(), true));
  }

  @Test
  void aLetsTalk1OfAnExistingFundedCaseIsApprovedByATeamManagerBeforeItConcludes() {
    ProcessInstance involvement = involvementFrom(contactAbout("Ursula"), newCaseFor("practitioner2"));
    ProcessInstance lt1 = calledProcessInstance("lets-talk-1", involvement);
    funded(personOf(involvement));

    complete("practitioner2", lt1, "Task_HoldLetsTalk1", letsTalk1("LT1"));

    assertThat(lt1).hasPassed("Task_DecideManagerFirst").isWaitingAt("CallActivity_AuthoriseReassessment");
    ProcessInstance approval = calledProcessInstance("funding-authorisation", lt1);
    assertThat(authorisations.findByProcessInstanceId(approval.getId())).hasValueSatisfying(request -> {
      assertThat(request.getRequestType()).isEqualTo(RequestType.LT1_REASSESSMENT);
      assertThat(request.getRequestedBy()).isEqualTo("practitioner2");
    });
    assertThat(taskService.getIdentityLinksForTask(task("Task_DecideAuthorisation", approval).getId()))
        .extracting(IdentityLink::getGroupId).as("the managers of the case's team, South locality")
        .containsExactly("team-south-locality-demo-managers");
    assertThat(task("Task_DecideAuthorisation", approval).getName()).startsWith("Approve a reassessment: Ursula");

    decideAuthorisation("teammanager", approval, "RETURNED", "Say what her daughter now does each morning");
    assertThat(lt1).as("returned: the practitioner revisits the Let's Talk 1").isWaitingAt("Task_HoldLetsTalk1");
    assertThat(runtime.getVariable(lt1.getId(), "authorisationReason"))
        .isEqualTo("Say what her daughter now does each morning");
    complete("practitioner2", lt1, "Task_HoldLetsTalk1", with(letsTalk1("LT1"),
        "strengthsNetwork", "Daughter calls in each morning before work"));
    approveAuthorisation("teammanager", calledProcessInstance("funding-authorisation", lt1));

    assertThat(lt1).isEnded().hasPassed("EndEvent_ReassessmentApproved").hasNotPassed("EndEvent_LetsTalk1Held");
    assertThat(involvement).isWaitingAt("CallActivity_LetsTalk1");
  }

  @Test
  void aLetsTalk1WithoutAPlanInForceConcludesWithThePractitioner() {
    ProcessInstance involvement = involvementFrom(contactAbout("Vera"), newCaseFor("practitioner2"));
    ProcessInstance lt1 = calledProcessInstance("lets-talk-1", involvement);

    complete("practitioner2", lt1, "Task_HoldLetsTalk1", letsTalk1("LT1"));

    assertThat(lt1).isEnded().hasPassed("Task_DecideManagerFirst", "EndEvent_LetsTalk1Held")
        .hasNotPassed("CallActivity_AuthoriseReassessment");
  }

  @Test
  void aProcessOwnerWhoChangesTheTableLetsAReassessmentConcludeWithThePractitioner() throws IOException {
    String table = Files.readString(Path.of("processes", "lets-talk-1-manager.dmn"));
    assertThat(table).as("the shipped row for an existing funded case").containsOnlyOnce(SHIPPED_ROW);
    repository.createDeployment().name(DEPLOYMENT)
        .addString("lets-talk-1-manager.dmn", table.replace(SHIPPED_ROW, CHANGED_ROW)).deploy();
    ProcessInstance involvement = involvementFrom(contactAbout("Wanda"), newCaseFor("practitioner2"));
    ProcessInstance lt1 = calledProcessInstance("lets-talk-1", involvement);
    funded(personOf(involvement));

    complete("practitioner2", lt1, "Task_HoldLetsTalk1", letsTalk1("LT1"));

    assertThat(lt1).isEnded().hasPassed("EndEvent_LetsTalk1Held").hasNotPassed("CallActivity_AuthoriseReassessment");

    ProcessInstance withChange = calledProcessInstance("lets-talk-1", involvement);
    complete("practitioner2", withChange, "Task_HoldLetsTalk1", with(letsTalk1("LT1"), "hasCapacity", true,
        "fundingChange", true, "newWeeklyCost", 24));
    assertThat(withChange).as("a change of funding still goes to be authorised")
        .isWaitingAt("CallActivity_AuthoriseFundingChange");
  }

  /** A care and support plan in force for the person: an existing funded case. */
  private SupportPlan funded(UUID person) {
    SupportPlan plan = supportPlans.draft(person, PlanType.CARE_AND_SUPPORT, Delivery.DIRECT_PAYMENT, null,
        "practitioner2", "practitioners");
    supportPlans.writeLines(plan.getId(), Delivery.DIRECT_PAYMENT, List.of(new SupportPlanItem.Line(
        "Out and about safely", "A personal assistant", "Direct payment", "3 hours a week", new BigDecimal("72.00"))));
    return supportPlans.activate(plan.getId(), "teammanager");
  }
}
