package org.letstalk.safeguarding.flow;

import static org.letstalk.safeguarding.flow.SafeguardingVariables.*;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.safeguarding.Safeguarding;
import org.letstalk.safeguarding.SafeguardingConcern.Origin;
import org.letstalk.workflow.CurrentUser;
import org.letstalk.workflow.ProcessVariables;
import org.letstalk.workflow.Workflow;
import org.springframework.stereotype.Component;

/**
 * Raises a safeguarding concern from any process, which then carries on: a concern never waits for the
 * conversation to finish [T 3.11]. Use on a message throw event (or a send task) named for it, with
 * {@code camunda:delegateExpression="${raiseSafeguardingConcern}"}; map the raising process's own
 * variables onto the concern's names with input parameters. Reads {@code personId}, {@code personName},
 * {@code concernDescription} (required), and if known {@code abuseType}, {@code allegedPersonName},
 * {@code allegedPersonRelationship}, {@code immediateDanger}, {@code emergencyActionTaken},
 * {@code personWants}, {@code capacity}, {@code contactId}.
 */
@Component("raiseSafeguardingConcern")
public class RaiseSafeguardingConcern implements JavaDelegate {

  /** Who the concern is about: the raising process's own person, also for a concern told in a conversation. */
  static final Set<String> PERSON_FIELDS = Set.of(ProcessVariables.PERSON_ID, ProcessVariables.PERSON_NAME);

  private final Safeguarding safeguarding;
  private final CurrentUser currentUser;
  private final Workflow workflow;

  public RaiseSafeguardingConcern(Safeguarding safeguarding, CurrentUser currentUser, Workflow workflow) {
    this.safeguarding = safeguarding;
    this.currentUser = currentUser;
    this.workflow = workflow;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // The raising step's own instance: a retry of this step finds the concern it raised.
    String raisedKey = execution.getProcessInstanceId() + "/" + execution.getActivityInstanceId();
    if (safeguarding.alreadyRaised(raisedKey)) {
      return;
    }
    // A concern told in a conversation is made only of what its own request said, never of earlier variables.
    Map<String, Object> told = RaisedHere.told();
    Map<String, Object> concern = new HashMap<>();
    for (String field : CONCERN_FIELDS) {
      Object value = told != null && told.containsKey(field) ? told.get(field)
          : told != null && !PERSON_FIELDS.contains(field) ? null : execution.getVariable(field);
      if (value != null) {
        concern.put(field, value);
      }
    }
    Origin origin = new Origin(raisedKey, workflow.processKey(execution.getProcessDefinitionId()),
        execution.getProcessInstanceId(), ProcessVariables.uuidOrNull(execution, ProcessVariables.CONTACT_ID),
        currentUser.id());
    String concernProcess = RaisedHere.from(origin, () -> workflow.startByMessage(RAISED, null, concern));
    execution.setVariable(CONCERN_PROCESS_INSTANCE_ID, concernProcess);
  }
}
