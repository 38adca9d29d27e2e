package org.letstalk.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.letstalk.RefusalAssertions.assertThatRejected;
import static org.letstalk.contact.ContactFixtures.newContact;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.letstalk.PostgresTest;
import org.letstalk.ProcessTestSupport;
import org.letstalk.validation.InputRejectedException;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Whether the front door may hold a new case's first conversation itself is the table front-door-holds, which process
 * owners change: shipped, the front door hands every new case on; a council that lets its screening team hold the
 * first conversations [T 7.18 §3; N 3.7d] changes a row, and the Let's Talk 1 then waits with the front door worker,
 * in the front door team's queue, with no hand-off.
 */
@PostgresTest
class FrontDoorHoldsTableTest extends ProcessTestSupport {

  static final String DEPLOYMENT = "front-door-holds-changed";
  static final String SHIPPED_ROW = "<outputEntry id=\"OutputEntry_LetsTalk1\">\n          <text>false</text>";
  static final String CHANGED_ROW = "<outputEntry id=\"OutputEntry_LetsTalk1\">\n          <text>true</text>";
  static final String FRONT_DOOR_QUEUE = "team-front-door-demo";

  @Autowired
  RepositoryService repository;

  @Autowired
  ContactRepository contacts;

  @BeforeEach
  @AfterEach
  void shippedTableIsLatest() {
    repository.createDeploymentQuery().deploymentName(DEPLOYMENT).list()
        .forEach(deployment -> repository.deleteDeployment(deployment.getId(), true));
  }

  @Test
  void shippedTheFrontDoorHandsANewCaseOn() {
    ProcessInstance contact = startContact("frontdoor", newContact());

    assertThatRejected(() -> complete("frontdoor", contact, "Task_DecideContactOutcome", myself(false)))
        .isInstanceOf(InputRejectedException.class).hasMessageContaining("allocation");
    assertThat(contact).isWaitingAt("Task_DecideContactOutcome");
  }

  @Test
  void aCouncilThatLetsTheFrontDoorHoldTheLetsTalk1KeepsItThereWithNoHandOff() throws IOException {
    String table = Files.readString(Path.of("processes", "front-door-holds.dmn"));
    assertThat(table).as("the shipped row for a Let's Talk 1").containsOnlyOnce(SHIPPED_ROW);
    repository.createDeployment().name(DEPLOYMENT)
        .addString("front-door-holds.dmn", table.replace(SHIPPED_ROW, CHANGED_ROW)).deploy();

    ProcessInstance inCrisis = startContact("frontdoor", newContact());
    assertThatRejected(() -> complete("frontdoor", inCrisis, "Task_DecideContactOutcome", myself(true)))
        .as("the Let's Talk 2 row is still the shipped one").isInstanceOf(InputRejectedException.class);

    ProcessInstance contact = startContact("frontdoor", newContact());
    complete("frontdoor", contact, "Task_DecideContactOutcome", myself(false));

    String person = contacts.findByProcessInstanceId(contact.getId()).orElseThrow().getPersonId().toString();
    Task conversation = taskService.createTaskQuery().processInstanceBusinessKey(person)
        .taskDefinitionKey("Task_HoldLetsTalk1").singleResult();
    assertThat(conversation).isAssignedTo("frontdoor");
    assertThat(taskService.getIdentityLinksForTask(conversation.getId())).extracting(IdentityLink::getGroupId)
        .as("in the front door's own queue").contains(FRONT_DOOR_QUEUE);
    assertThat(as("practitioner", () -> taskService.createTaskQuery().taskId(conversation.getId()).count()))
        .as("no other team sees it").isZero();
  }

  private static Map<String, Object> myself(boolean crisis) {
    return Map.of("outcome", "NEW_CASE", "outcomeReason", "Can be helped at the first conversation",
        "allocation", "MYSELF", "crisis", crisis);
  }
}
