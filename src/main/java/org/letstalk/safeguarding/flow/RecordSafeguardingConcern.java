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
    String processKey = ProcessVariables.text(execution, RAISED_IN_PROCESS_KEY);
    String raisedBy = processKey == null ? currentUser.id() : ProcessVariables.text(execution, RAISED_BY_USER);
    Origin origin = new Origin(ProcessVariables.text(execution, RAISED_KEY), processKey,
        ProcessVariables.text(execution, RAISED_IN_PROCESS_INSTANCE_ID),
        ProcessVariables.uuidOrNull(execution, RAISED_IN_CONTACT_ID), raisedBy);
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
