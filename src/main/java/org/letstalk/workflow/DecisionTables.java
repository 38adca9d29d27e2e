package org.letstalk.workflow;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.stereotype.Service;

/**
 * The decision tables process owners edit (processes/*.dmn), read the way the domain needs them: the rows that
 * matched, as plain values. The latest deployed version always applies.
 */
@Service
public class DecisionTables {

  private final DecisionService decisions;
  private final RepositoryService repository;

  public DecisionTables(DecisionService decisions, RepositoryService repository) {
    this.decisions = decisions;
    this.repository = repository;
  }

  /** The latest deployed version of a table, as a determination records it. */
  public record Table(String key, int version, String id) {
  }

  public Table latest(String key) {
    DecisionDefinition table = repository.createDecisionDefinitionQuery().decisionDefinitionKey(key)
        .withoutTenantId().latestVersion().singleResult();
    if (table == null) {
      throw new IllegalStateException("Decision " + key + " is not deployed");
    }
    return new Table(table.getKey(), table.getVersion(), table.getId());
  }

  /** The matching rows' outputs, by output name. */
  public List<Map<String, Object>> evaluate(Table table, Map<String, ?> inputs) {
    return rows(decisions.evaluateDecisionById(table.id()).variables(new HashMap<>(inputs)).evaluate());
  }

  /** The matching rows of the latest version of the table {@code key}. */
  public List<Map<String, Object>> evaluate(String key, Map<String, ?> inputs) {
    return rows(decisions.evaluateDecisionByKey(key).variables(new HashMap<>(inputs)).evaluate());
  }

  private static List<Map<String, Object>> rows(DmnDecisionResult result) {
    return result.getResultList();
  }
}
