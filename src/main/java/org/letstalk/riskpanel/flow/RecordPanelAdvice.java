package org.letstalk.riskpanel.flow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.riskpanel.RiskEnablementPanel;
import org.letstalk.workflow.CompletedTask;
import org.letstalk.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** "Record the advice": the panel's advice and recommendations, kept with the case. */
@Component("recordPanelAdvice")
class RecordPanelAdvice implements JavaDelegate {

  private final RiskEnablementPanel panel;

  RecordPanelAdvice(RiskEnablementPanel panel) {
    this.panel = panel;
  }

  @Override
  public void execute(DelegateExecution execution) {
    panel.advised(ProcessVariables.uuid(execution, PanelVariables.REFERRAL_ID), execution.getVariables(),
        CompletedTask.userId(execution));
    execution.removeVariable(RiskEnablementPanel.MET_ON);
    execution.removeVariable(RiskEnablementPanel.ADVICE);
  }
}
