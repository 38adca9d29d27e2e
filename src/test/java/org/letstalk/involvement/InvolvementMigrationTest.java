package org.letstalk.involvement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.letstalk.FormFixtures.with;
import static org.letstalk.conversation.ConversationFixtures.contactAbout;
import static org.letstalk.conversation.ConversationFixtures.letsTalk1;
import static org.letstalk.conversation.ConversationFixtures.newCaseFor;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.letstalk.PostgresTest;
import org.letstalk.conversation.ConversationTestSupport;
import org.letstalk.safeguarding.SafeguardingConcern;
import org.letstalk.safeguarding.SafeguardingConcernRepository;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An involvement lives as long as the person's case, so it outlives the version of its model it started on. One
 * started before conversations handed back only their id (earlier-models/) is moved to the newest version, as
 * docs/operations.md tells an operator to do, and a conversation ending in a safeguarding concern then raises it
 * with what was said and who it names, none of which stays in the involvement.
 */
@PostgresTest
class InvolvementMigrationTest extends ConversationTestSupport {

  @Autowired
  RepositoryService repository;

  @Autowired
  SafeguardingConcernRepository concerns;

  @Test
  void anInvolvementOfTheEarlierModelMovedToTheNewestRaisesAConcernFromItsConversation() {
    ProcessDefinition newest = repository.createProcessDefinitionQuery().processDefinitionKey("involvement")
        .latestVersion().singleResult();
    Deployment earlier = repository.createDeployment().name("involvement, before concerns by conversation id")
        .addClasspathResource("earlier-models/involvement-before-concerns-by-conversation-id.bpmn").deploy();
    try {
      ProcessInstance involvement = involvementFrom(contactAbout("Nia"), newCaseFor("practitioner"));
      assertThat(involvement.getProcessDefinitionId()).isNotEqualTo(newest.getId());
      assertThat(involvement).isWaitingAt("CallActivity_LetsTalk1");

      MigrationPlan migration = runtime.createMigrationPlan(involvement.getProcessDefinitionId(), newest.getId())
          .mapEqualActivities().updateEventTriggers().build();
      runtime.newMigration(migration).processInstanceIds(involvement.getId()).execute();
      complete("practitioner", calledProcessInstance("lets-talk-1", involvement), "Task_HoldLetsTalk1",
          with(letsTalk1("SAFEGUARDING"), "outcomeRationale", "Says her grandson takes her money",
              "concernAllegedPersonName", "Gethin Hughes", "concernAllegedPersonRelationship", "Grandson"));

      assertThat(involvement).hasPassed("Task_SafeguardingConcern").isWaitingAt("CallActivity_LetsTalk1");
      SafeguardingConcern raised = concerns.findByRaisedInProcessInstanceId(involvement.getId()).get(0);
      assertThat(raised.getDescription()).isEqualTo("Says her grandson takes her money");
      assertThat(raised.getAllegedPersonName()).isEqualTo("Gethin Hughes");
      assertThat(raised.getAllegedPersonRelationship()).isEqualTo("Grandson");
      assertThat(runtime.getVariables(involvement.getId())).doesNotContainKeys("concernAllegedPersonName",
          "concernAllegedPersonRelationship").doesNotContainValue("Says her grandson takes her money");
    } finally {
      repository.deleteDeployment(earlier.getId(), true);
    }
  }
}
