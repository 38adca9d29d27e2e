package org.letstalk.safeguarding.flow;

import static org.letstalk.safeguarding.flow.SafeguardingVariables.*;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.safeguarding.Safeguarding;
import org.letstalk.safeguarding.SafeguardingConcern;
import org.letstalk.safeguarding.SafeguardingConcern.Origin;
import org.letstalk.workflow.CurrentUser;
import org.letstalk.workflow.ProcessVariables;
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
    // Where it was raised and by whom only as our raising step handed it over; otherwise the signed-in user raised
    // it from a form, whatever variables came with the start.
    Origin handed = RaisedHere.origin();
    Origin origin = handed != null ? handed : new Origin(null, null, null, null, currentUser.id());
    String processKey = origin.processKey();
    execution.setVariable(RAISED_KEY, origin.raisedKey());
    execution.setVariable(RAISED_IN_PROCESS_KEY, processKey);
    execution.setVariable(RAISED_IN_PROCESS_INSTANCE_ID, origin.processInstanceId());
    execution.setVariable(RAISED_IN_CONTACT_ID, origin.contactId() == null ? null : origin.contactId().toString());
    execution.setVariable(RAISED_BY_USER, origin.raisedBy());
    SafeguardingConcern concern = safeguarding.raise(execution.getProcessInstanceId(),
        () -> SafeguardingForms.raised(execution.getVariables(), processKey == null), origin);
    execution.setVariable(CONCERN_ID, concern.getId().toString());
    execution.setVariable(ProcessVariables.PERSON_NAME, concern.getPersonName());
    execution.setVariable(IMMEDIATE_DANGER, concern.isImmediateDanger());
    execution.setVariable(DECISION_DUE_AT, Date.from(concern.getDecisionDueAt()));
    if (concern.getAbuseType() != null) {
      execution.setVariable(ABUSE_TYPE, concern.getAbuseType().name());
    }
  }
}
