package org.letstalk.riskpanel.flow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.record.Viewer;
import org.letstalk.riskpanel.RiskEnablementPanel;
import org.letstalk.workflow.CurrentUser;
import org.letstalk.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** "Record the referral": checks it, keeps it with the case, and names the referrer from the sign-in. */
@Component("recordPanelReferral")
class RecordPanelReferral implements JavaDelegate {

  private final RiskEnablementPanel panel;
  private final CurrentUser currentUser;

  RecordPanelReferral(RiskEnablementPanel panel, CurrentUser currentUser) {
    this.panel = panel;
    this.currentUser = currentUser;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RiskEnablementPanel.Referral referral = panel.refer(execution.getProcessInstanceId(), execution.getVariables(),
        new Viewer(currentUser.id(), currentUser.groups()));
    execution.setVariable(PanelVariables.REFERRAL_ID, referral.id().toString());
    execution.setVariable(PanelVariables.REFERRED_BY, referral.referredBy());
    execution.setVariable(ProcessVariables.PERSON_ID, referral.personId().toString());
    execution.setVariable(ProcessVariables.PERSON_NAME, referral.personName());
    // On the record now.
    for (String name : new String[] {RiskEnablementPanel.RISK, RiskEnablementPanel.TRIED,
        RiskEnablementPanel.PERSONS_VIEW, RiskEnablementPanel.QUESTION}) {
      execution.removeVariable(name);
    }
  }
}
