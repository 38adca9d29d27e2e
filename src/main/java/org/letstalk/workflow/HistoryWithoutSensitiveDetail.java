package org.letstalk.workflow;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.core.variable.CoreVariableInstance;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.migration.instance.MigratingVariableInstance;
import org.springframework.stereotype.Component;

/**
 * The engine's full history, less the values of {@link SensitiveVariables}: the engine's own extension point for
 * this, a custom history level (camunda.bpm.history-level in application.yml names it). Neither a sensitive
 * variable's last value (ACT_HI_VARINST) nor any value it had (ACT_HI_DETAIL) is written, nor the submitted form
 * values that would repeat them; removing a variable after recording its value in the case tables leaves nothing
 * behind.
 *
 * <p>Its id is full history's, 3, which a database keeps in ACT_GE_PROPERTY {@code historyLevel} from its first
 * start: a database made at "full" starts with it unchanged, and a node of an earlier release still starts on a
 * database this one made (a different id would stop either with "historyLevel mismatch").
 */
@Component
public class HistoryWithoutSensitiveDetail extends AbstractProcessEnginePlugin implements HistoryLevel {

  public static final String NAME = "full-without-sensitive-detail";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomHistoryLevels() == null) {
      configuration.setCustomHistoryLevels(new java.util.ArrayList<>());
    }
    configuration.getCustomHistoryLevels().add(this);
  }

  @Override
  public int getId() {
    return HistoryLevel.HISTORY_LEVEL_FULL.getId();
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
    if (eventType == HistoryEventTypes.FORM_PROPERTY_UPDATE) {
      // Fired with the whole submission, every text field's value again beside its variable's own history; the
      // variable updates are the record of what a form set.
      return false;
    }
    return !SensitiveVariables.isSensitive(variableName(entity));
  }

  private static String variableName(Object entity) {
    if (entity instanceof CoreVariableInstance variable) {
      return variable.getName();
    }
    if (entity instanceof HistoricVariableUpdateEventEntity update) {
      return update.getVariableName();
    }
    if (entity instanceof MigratingVariableInstance migrating) {
      return migrating.getVariableName();
    }
    return null;
  }
}
