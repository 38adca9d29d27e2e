package org.letstalk.modelcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.letstalk.conversation.ConversationFixtures.contactAbout;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.letstalk.PostgresTest;
import org.letstalk.ProcessTestSupport;
import org.letstalk.authorisation.AuthorisationLevel;
import org.letstalk.authorisation.AuthorisationRequest;
import org.letstalk.authorisation.AuthorisationRequestRepository;
import org.letstalk.authorisation.AuthorisationStatus;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a process owner's redeploy does to the running engine (README, "For process owners"): the shipped
 * authorisation-level table with the team manager's weekly limit raised from £500 to £600, deployed together
 * with funding-authorisation as a restart deploys the changed set. A new request at £550 then goes to a team
 * manager instead of a service manager, while a request asked before the redeploy stays on the process version
 * it started on, with the level decided when it was asked.
 *
 * <p>The engine is shared by every test: the changed deployment is deleted afterwards (and any left by an
 * interrupted run before), so the shipped table is the latest again for everyone else.
 */
@PostgresTest
class RedeployChangedModelTest extends ProcessTestSupport {

  static final String DEPLOYMENT = "redeploy-test-authorisation-limit";
  static final Path TABLE = Path.of("processes", "authorisation-level.dmn");
  static final Path PROCESS = Path.of("processes", "funding-authorisation.bpmn");
  static final String SHIPPED_LIMIT = "<text>&lt;= 500</text>";
  static final String RAISED_LIMIT = "<text>&lt;= 600</text>";

  @Autowired
  RepositoryService repository;

  @Autowired
  AuthorisationRequestRepository requests;

  @BeforeEach
  @AfterEach
  void shippedModelsAreLatest() {
    repository.createDeploymentQuery().deploymentName(DEPLOYMENT).list()
        .forEach(deployment -> repository.deleteDeployment(deployment.getId(), true));
  }

  @Test
  void aRaisedTeamManagerLimitDecidesNewRequestsWhileARunningRequestKeepsItsProcessVersion() throws IOException {
    ProcessDefinition shipped = latestFundingAuthorisation();
    ProcessInstance askedBefore = fundingRequestAt(550.0);
    assertThat(levelOf(askedBefore)).as("shipped: above £500 a week").isEqualTo(AuthorisationLevel.SERVICE_MANAGER);
    assertThat(candidateGroupOf(askedBefore)).isEqualTo("service-managers");

    deployTeamManagerLimitOf600();

    ProcessDefinition redeployed = latestFundingAuthorisation();
    assertThat(redeployed.getVersion()).isGreaterThan(shipped.getVersion());
    ProcessInstance askedAfter = fundingRequestAt(550.0);
    assertThat(askedAfter.getProcessDefinitionId()).isEqualTo(redeployed.getId());
    assertThat(levelOf(askedAfter)).as("the raised limit decides new requests at once")
        .isEqualTo(AuthorisationLevel.TEAM_MANAGER);
    assertThat(candidateGroupOf(askedAfter)).isEqualTo("team-managers");
    assertThat(levelOf(fundingRequestAt(650.0))).as("above the new limit").isEqualTo(AuthorisationLevel.SERVICE_MANAGER);

    assertThat(runtime.createProcessInstanceQuery().processInstanceId(askedBefore.getId()).singleResult()
        .getProcessDefinitionId()).as("a running request stays on its version").isEqualTo(shipped.getId());
    assertThat(candidateGroupOf(askedBefore)).as("and with the manager it was sent to").isEqualTo("service-managers");
    approveAuthorisation("servicemanager", askedBefore);
    AuthorisationRequest decided = requests.findByProcessInstanceId(askedBefore.getId()).orElseThrow();
    assertThat(decided.getStatus()).isEqualTo(AuthorisationStatus.APPROVED);
    assertThat(decided.getDecidedAtLevel()).isEqualTo(AuthorisationLevel.SERVICE_MANAGER);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(askedBefore.getId()).count())
        .as("it finishes on its own version").isZero();
  }

  /** The change a process owner makes in Modeler: the shipped file with one limit edited. */
  private void deployTeamManagerLimitOf600() throws IOException {
    String table = Files.readString(TABLE);
    assertThat(table).as("the shipped team-manager limit").containsOnlyOnce(SHIPPED_LIMIT);
    repository.createDeployment().name(DEPLOYMENT)
        .addString("authorisation-level.dmn", table.replace(SHIPPED_LIMIT, RAISED_LIMIT))
        .addString("funding-authorisation.bpmn", Files.readString(PROCESS))
        .deploy();
  }

  private ProcessInstance fundingRequestAt(double weeklyCost) {
    String personId = (String) runtime.getVariable(startContact("frontdoor", contactAbout("Rhys")).getId(), "personId");
    Map<String, Object> inputs = new HashMap<>(Map.of("requestType", "LT1_FUNDING_CHANGE",
        "requestedBy", "practitioner", "personId", personId, "personName", "Rhys Redeploy",
        "summary", "Two calls a day after a fall", "weeklyCost", weeklyCost, "residential", false));
    return runtime.startProcessInstanceByKey("funding-authorisation", inputs);
  }

  private AuthorisationLevel levelOf(ProcessInstance request) {
    return requests.findByProcessInstanceId(request.getId()).orElseThrow().getLevel();
  }

  private String candidateGroupOf(ProcessInstance request) {
    return taskService.getIdentityLinksForTask(task("Task_DecideAuthorisation", request).getId()).stream()
        .filter(link -> link.getGroupId() != null).map(link -> link.getGroupId()).findFirst().orElseThrow();
  }

  private ProcessDefinition latestFundingAuthorisation() {
    return repository.createProcessDefinitionQuery().processDefinitionKey("funding-authorisation").latestVersion()
        .singleResult();
  }
}
