package org.letstalk.safeguarding;

import java.util.Date;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.safeguarding.SafeguardingConcern.Origin;
import org.letstalk.workflow.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Records a concern, whether another process raised it by message or someone outside the council reported
 * it, and sets the decision's deadline.
 */
@Component("recordSafeguardingConcern")
public class RecordSafeguardingConcern implements JavaDelegate {

  private final Safeguarding safeguarding;
  private final CurrentUser currentUser;

  public RecordSafeguardingConcern(Safeguarding safeguarding, CurrentUser currentUser) {
    this.safeguarding = safeguarding;
    this.currentUser = currentUser;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String processKey = (String) execution.getVariable(RaiseSafeguardingConcern.RAISED_IN_PROCESS_KEY);
    String contactId = (String) execution.getVariable(RaiseSafeguardingConcern.RAISED_IN_CONTACT_ID);
    String raisedBy = processKey == null ? currentUser.id()
        : (String) execution.getVariable(RaiseSafeguardingConcern.RAISED_BY_USER);
    Origin origin = new Origin(
        (String) execution.getVariable(RaiseSafeguardingConcern.RAISED_KEY),
        processKey,
        (String) execution.getVariable(RaiseSafeguardingConcern.RAISED_IN_PROCESS_INSTANCE_ID),
        contactId == null ? null : UUID.fromString(contactId),
        raisedBy);
    SafeguardingConcern concern = safeguarding.raise(execution.getProcessInstanceId(), execution.getVariables(), origin);
    execution.setVariable("concernId", concern.getId().toString());
    execution.setVariable("personName", concern.getPersonName());
    execution.setVariable("immediateDanger", concern.isImmediateDanger());
    execution.setVariable("decisionDueAt", Date.from(concern.getDecisionDueAt()));
    if (concern.getAbuseType() != null) {
      execution.setVariable("abuseType", concern.getAbuseType().name());
    }
  }
}
