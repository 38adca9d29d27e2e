package org.letstalk.eligibility;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionLogicEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Rule;

/**
 * One of the committed DMN files on the standalone DMN engine (the engine's own FEEL), remembering which rule
 * rows matched so a test class can check that every row was exercised.
 */
public final class DmnRuleCoverage {

  private final DmnEngine engine;
  private final Map<String, DmnDecision> decisions;
  private final Set<String> rules;
  private final Set<String> matched = new TreeSet<>();

  public DmnRuleCoverage(String file) {
    Path path = Path.of("processes", file);
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    DmnDecisionEvaluationListener remember = new DmnDecisionEvaluationListener() {
      @Override
      public void notify(DmnDecisionEvaluationEvent event) {
        remember(event.getDecisionResult());
        event.getRequiredDecisionResults().forEach(required -> remember(required));
      }
    };
    configuration.customPostDecisionEvaluationListeners(List.of(remember));
    engine = configuration.buildEngine();
    try (InputStream in = Files.newInputStream(path); InputStream again = Files.newInputStream(path)) {
      decisions = engine.parseDecisions(in).stream().collect(Collectors.toMap(DmnDecision::getKey, Function.identity()));
      rules = Dmn.readModelFromStream(again).getModelElementsByType(Rule.class).stream().map(Rule::getId)
          .collect(Collectors.toCollection(TreeSet::new));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void remember(DmnDecisionLogicEvaluationEvent event) {
    if (event instanceof DmnDecisionTableEvaluationEvent table) {
      table.getMatchingRules().forEach(rule -> matched.add(rule.getId()));
    }
  }

  DmnDecisionResult evaluate(String decisionKey, Map<String, ?> variables) {
    @SuppressWarnings("unchecked")
    Map<String, Object> values = (Map<String, Object>) variables;
    return engine.evaluateDecision(decisions.get(decisionKey), values);
  }

  /** The single result of a decision, as output name to value. */
  public Map<String, Object> decide(String decisionKey, Map<String, ?> variables) {
    return evaluate(decisionKey, variables).getSingleResult().getEntryMap();
  }

  public Set<String> rulesNeverMatched() {
    Set<String> left = new TreeSet<>(rules);
    left.removeAll(matched);
    return left;
  }
}
