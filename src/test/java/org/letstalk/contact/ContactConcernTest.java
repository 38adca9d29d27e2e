package org.letstalk.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.letstalk.FormFixtures.with;
import static org.letstalk.contact.ContactFixtures.newContact;

import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.letstalk.PostgresTest;
import org.letstalk.ProcessTestSupport;
import org.letstalk.safeguarding.SafeguardingConcern;
import org.letstalk.safeguarding.SafeguardingConcernRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * Whom a contact's safeguarding concern names as thought to be responsible lives on the contact record and in the
 * safeguarding record, never in the new-contact process, which everyone who may work the contact can read.
 */
@PostgresTest
class ContactConcernTest extends ProcessTestSupport {

  @Autowired
  ContactRepository contacts;

  @Autowired
  SafeguardingConcernRepository concerns;

  @Autowired
  DataSource dataSource;

  private ProcessInstance contactWithAConcern() {
    return startContact("frontdoor", with(newContact(), "safeguardingConcern", true,
        "safeguardingDetail", "Bruises; says her son takes her pension", "allegedPersonName", "Dai Jones",
        "allegedPersonRelationship", "Son"));
  }

  @Test
  void whomAConcernNamesIsKeptOnTheContactAndTheConcernAndTheProcessKeepsOnlyIds() {
    ProcessInstance contact = contactWithAConcern();

    assertThat(contact).isWaitingAt("Task_DecideContactOutcome");
    Contact recorded = contacts.findByProcessInstanceId(contact.getId()).orElseThrow();
    assertThat(recorded.getSafeguardingAllegedPersonName()).isEqualTo("Dai Jones");
    assertThat(recorded.getSafeguardingAllegedPersonRelationship()).isEqualTo("Son");
    SafeguardingConcern raised = concerns.findByRaisedInProcessInstanceId(contact.getId()).get(0);
    assertThat(raised.getAllegedPersonName()).isEqualTo("Dai Jones");
    assertThat(raised.getAllegedPersonRelationship()).isEqualTo("Son");

    assertThat(runtime.getVariables(contact.getId()))
        .doesNotContainKeys("allegedPersonName", "allegedPersonRelationship", "safeguardingDetail")
        .containsEntry("contactId", recorded.getId().toString());
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(contact.getId())
        .variableNameIn("allegedPersonName", "allegedPersonRelationship").count()).isZero();
  }

  @Test
  void aContactWithoutAConcernKeepsNoNameEvenIfOneWasTyped() {
    ProcessInstance contact = startContact("frontdoor", with(newContact(), "allegedPersonName", "Dai Jones"));

    assertThat(contacts.findByProcessInstanceId(contact.getId()).orElseThrow().getSafeguardingAllegedPersonName())
        .isNull();
    assertThat(runtime.getVariables(contact.getId())).doesNotContainKey("allegedPersonName");
  }

  @Test
  void contactsRunningFromEarlierReleasesLoseTheNamesAndTheSafeguardingProcessKeepsItsOwn() {
    ProcessInstance contact = contactWithAConcern();
    ProcessInstance concern = runtime.createProcessInstanceQuery()
        .processInstanceId(concerns.findByRaisedInProcessInstanceId(contact.getId()).get(0).getProcessInstanceId())
        .singleResult();
    // As an earlier release left a contact: the start form's fields still in the process.
    runtime.setVariables(contact.getId(), Map.of("allegedPersonName", "Dai Jones",
        "allegedPersonRelationship", "Son"));
    ProcessInstance without = startContact("frontdoor", newContact());
    runtime.setVariable(without.getId(), "presentingNeed", "Help with shopping " + UUID.randomUUID());

    new ResourceDatabasePopulator(new ClassPathResource(
        "engine-db/V17__contact_concern_names_out_of_running_instances.sql")).execute(dataSource);

    assertThat(runtime.getVariables(contact.getId()))
        .doesNotContainKeys("allegedPersonName", "allegedPersonRelationship").containsKey("contactId");
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(contact.getId())
        .variableNameIn("allegedPersonName", "allegedPersonRelationship").count()).isZero();
    assertThat(runtime.getVariables(concern.getId())).as("the safeguarding process's own variables")
        .containsEntry("allegedPersonName", "Dai Jones").containsEntry("allegedPersonRelationship", "Son");
    assertThat(runtime.getVariables(without.getId())).containsKey("presentingNeed");
  }
}
