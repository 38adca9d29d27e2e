package org.letstalk.riskpanel.flow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.riskpanel.RiskEnablementPanel;
import org.letstalk.workflow.CompletedTask;
import org.letstalk.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** "Record what was decided": the practitioner's and manager's decision, taken with the panel's advice. */
@Component("recordPanelDecision")
class RecordPanelDecision implements JavaDelegate {

  private final RiskEnablementPanel panel;

  RecordPanelDecision(RiskEnablementPanel panel) {
    this.panel = panel;
  }

  @Override
  public void execute(DelegateExecution execution) {
    panel.decided(ProcessVariables.uuid(execution, PanelVariables.REFERRAL_ID), execution.getVariables(),
        CompletedTask.userId(execution));
    execution.removeVariable(RiskEnablementPanel.DECISION);
  }
}
