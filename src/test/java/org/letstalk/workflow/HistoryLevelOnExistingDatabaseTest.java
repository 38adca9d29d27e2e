package org.letstalk.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.letstalk.TestDatabase;

/**
 * The engine's database remembers the history level it was made with (ACT_GE_PROPERTY historyLevel) and stops a
 * node configured otherwise. A database made at "full", as every one before this level was, starts with it; a node
 * still on "full" starts on a database it made; and sensitive variables stay out of its history. On PostgreSQL, in
 * a schema of its own.
 */
class HistoryLevelOnExistingDatabaseTest {

  final String schema = "history_level_" + ProcessHandle.current().pid();

  @BeforeEach
  void createSchema() throws SQLException {
    try (Connection c = DriverManager.getConnection(TestDatabase.url(), TestDatabase.username(), "")) {
      c.createStatement().execute("create schema " + schema);
    }
  }

  @AfterEach
  void dropSchema() throws SQLException {
    try (Connection c = DriverManager.getConnection(TestDatabase.url(), TestDatabase.username(), "")) {
      c.createStatement().execute("drop schema if exists " + schema + " cascade");
    }
  }

  @Test
  void aDatabaseMadeAtFullStartsWithoutTheDetailAndBackAgain() {
    ProcessEngine earlier = engine(false);
    earlier.close();

    ProcessEngine current = engine(true);
    try {
      assertThat(((ProcessEngineConfigurationImpl) current.getProcessEngineConfiguration()).getHistoryLevel())
          .extracting(level -> level.getName()).isEqualTo(HistoryWithoutSensitiveDetail.NAME);
      current.getRepositoryService().createDeployment().addModelInstance("told.bpmn",
          Bpmn.createExecutableProcess("told").camundaHistoryTimeToLive(1).startEvent().userTask("Task_Read")
              .endEvent().done()).deploy();
      String told = current.getRuntimeService().startProcessInstanceByKey("told",
          Map.of("personId", "p-1", "concernDescription", "Bruises nobody explains")).getId();
      current.getRuntimeService().removeVariable(told, "concernDescription");
      assertThat(current.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(told)
          .includeDeleted().list()).extracting(HistoricVariableInstance::getName).containsExactly("personId");
      assertThat(current.getHistoryService().createHistoricDetailQuery().processInstanceId(told).list())
          .hasSize(1);
    } finally {
      current.close();
    }

    // A node of the earlier release, in a rolling upgrade or a roll-back, still starts on it.
    engine(false).close();
  }

  private ProcessEngine engine(boolean withoutDetail) {
    StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
    String url = TestDatabase.url();
    configuration.setJdbcUrl(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
    configuration.setJdbcUsername(TestDatabase.username());
    configuration.setJdbcPassword("");
    configuration.setJdbcDriver("org.postgresql.Driver");
    configuration.setDatabaseSchema(schema);
    configuration.setDatabaseTablePrefix(schema + ".");
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    configuration.setJobExecutorActivate(false);
    configuration.setMetricsEnabled(false);
    configuration.setProcessEngineName("history-level-" + withoutDetail);
    if (withoutDetail) {
      configuration.setProcessEnginePlugins(new java.util.ArrayList<>(List.of(new HistoryWithoutSensitiveDetail())));
      configuration.setHistory(HistoryWithoutSensitiveDetail.NAME);
    } else {
      configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    }
    return configuration.buildProcessEngine();
  }
}
