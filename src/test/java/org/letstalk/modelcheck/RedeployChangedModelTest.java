package org.letstalk.modelcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.letstalk.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a process owner's redeploy does to the running engine (README, "For process owners"): a changed
 * decision limit decides new requests at once; a case already running stays on the process version it started
 * on, and a decision it reaches after the redeploy uses the latest table (decisionRefBinding "latest").
 *
 * <p>The decision and process here are deployed by the test under keys of their own, so the shared engine's
 * models are untouched; the decision has the shape of an authorisation limit table.
 */
@PostgresTest
class RedeployChangedModelTest {

  @Autowired
  RepositoryService repository;

  @Autowired
  DecisionService decisions;

  @Autowired
  RuntimeService runtime;

  @Autowired
  TaskService tasks;

  @Autowired
  HistoryService history;

  private final String suffix = UUID.randomUUID().toString().substring(0, 8);
  private final String decisionKey = "authorisation-limit-" + suffix;
  private final String processKey = "authorise-request-" + suffix;

  @AfterEach
  void removeTheTestDeployments() {
    repository.createDeploymentQuery().deploymentName("redeploy-test-" + suffix).list()
        .forEach(d -> repository.deleteDeployment(d.getId(), true));
  }

  @Test
  void aRedeployedLimitDecidesNewRequestsWhileRunningCasesKeepTheirProcessVersion() {
    deploy(decision(1000), process("Authorise: version 1"));
    ProcessDefinition version1 = latestProcess();
    assertThat(authoriserFor(1500)).isEqualTo("service-managers");

    ProcessInstance startedBefore = runtime.startProcessInstanceByKey(processKey);

    deploy(decision(2000), process("Authorise: version 2"));
    ProcessDefinition version2 = latestProcess();

    assertThat(version2.getVersion()).isEqualTo(version1.getVersion() + 1);
    assertThat(authoriserFor(1500)).as("the raised limit applies to new requests at once").isEqualTo("team-managers");
    assertThat(authoriserFor(2500)).isEqualTo("service-managers");

    ProcessInstance startedAfter = runtime.startProcessInstanceByKey(processKey);
    assertThat(startedAfter.getProcessDefinitionId()).isEqualTo(version2.getId());
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(startedBefore.getId()).singleResult()
        .getProcessDefinitionId()).as("a running case stays on the version it started on").isEqualTo(version1.getId());
    assertThat(tasks.createTaskQuery().processInstanceId(startedBefore.getId()).singleResult().getName())
        .isEqualTo("Authorise: version 1");

    String taskId = tasks.createTaskQuery().processInstanceId(startedBefore.getId()).singleResult().getId();
    tasks.complete(taskId, Variables.putValue("amount", 1500));
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(startedBefore.getId()).count())
        .as("the old version finishes").isZero();
    assertThat(historicAuthoriser(startedBefore))
        .as("a decision reached after the redeploy uses the latest table").isEqualTo("team-managers");
  }

  private String authoriserFor(int amount) {
    return decisions.evaluateDecisionTableByKey(decisionKey, Map.of("amount", amount)).getSingleResult()
        .getEntry("authoriser");
  }

  private String historicAuthoriser(ProcessInstance instance) {
    return (String) history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName("authoriser").singleResult().getValue();
  }

  private ProcessDefinition latestProcess() {
    return repository.createProcessDefinitionQuery().processDefinitionKey(processKey).latestVersion().singleResult();
  }

  private Deployment deploy(String dmn, String bpmn) {
    return repository.createDeployment().name("redeploy-test-" + suffix)
        .addString(decisionKey + ".dmn", dmn)
        .addString(processKey + ".bpmn", bpmn)
        .deploy();
  }

  /** Up to {@code limit} a team manager authorises; above it a service manager. */
  private String decision(int limit) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/"
                     xmlns:camunda="http://camunda.org/schema/1.0/dmn" id="Definitions_%1$s"
                     name="Authorisation limit" namespace="http://letstalk.org/dmn">
          <decision id="%1$s" name="Who authorises" camunda:historyTimeToLive="P1D">
            <decisionTable id="DecisionTable_%1$s" hitPolicy="FIRST">
              <input id="Input_amount" label="Weekly amount">
                <inputExpression id="InputExpression_amount" typeRef="integer"><text>amount</text></inputExpression>
              </input>
              <output id="Output_authoriser" name="authoriser" typeRef="string" />
              <rule id="Rule_team">
                <inputEntry id="InputEntry_team"><text>&lt;= %2$d</text></inputEntry>
                <outputEntry id="OutputEntry_team"><text>"team-managers"</text></outputEntry>
              </rule>
              <rule id="Rule_service">
                <inputEntry id="InputEntry_service"><text>&gt; %2$d</text></inputEntry>
                <outputEntry id="OutputEntry_service"><text>"service-managers"</text></outputEntry>
              </rule>
            </decisionTable>
          </decision>
        </definitions>
        """.formatted(decisionKey, limit);
  }

  /** A request waits in a user task, then asks the decision who authorises it. */
  private String process(String taskName) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                          xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_%1$s"
                          targetNamespace="http://letstalk.org/bpmn">
          <bpmn:process id="%1$s" isExecutable="true" camunda:historyTimeToLive="P1D">
            <bpmn:startEvent id="StartEvent_Request" />
            <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_Request" targetRef="Task_Describe" />
            <bpmn:userTask id="Task_Describe" name="%3$s" />
            <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Describe" targetRef="Task_WhoAuthorises" />
            <bpmn:businessRuleTask id="Task_WhoAuthorises" camunda:decisionRef="%2$s"
                                   camunda:resultVariable="authoriser" camunda:mapDecisionResult="singleEntry" />
            <bpmn:sequenceFlow id="Flow_3" sourceRef="Task_WhoAuthorises" targetRef="EndEvent_Decided" />
            <bpmn:endEvent id="EndEvent_Decided" />
          </bpmn:process>
        </bpmn:definitions>
        """.formatted(processKey, decisionKey, taskName);
  }
}
