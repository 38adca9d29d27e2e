package org.letstalk.safeguarding;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.letstalk.workflow.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Raises a safeguarding concern from any process, which then carries on: a concern never waits for the
 * conversation to finish. Use on a message intermediate throw event (or a service task) with
 * {@code camunda:delegateExpression="${raiseSafeguardingConcern}"}; map the raising process's own
 * variables onto the concern's names with input parameters. Reads {@code personId}, {@code personName},
 * {@code concernDescription} (required), and if known {@code abuseType}, {@code allegedPersonName},
 * {@code allegedPersonRelationship}, {@code immediateDanger}, {@code emergencyActionTaken},
 * {@code personWants}, {@code capacity}, {@code contactId}.
 */
@Component("raiseSafeguardingConcern")
public class RaiseSafeguardingConcern implements JavaDelegate {

  public static final String MESSAGE = "SafeguardingConcernRaised";
  public static final String RAISED_KEY = "raisedKey";
  public static final String RAISED_IN_PROCESS_KEY = "raisedInProcessKey";
  public static final String RAISED_IN_PROCESS_INSTANCE_ID = "raisedInProcessInstanceId";
  public static final String RAISED_IN_CONTACT_ID = "raisedInContactId";
  public static final String RAISED_BY_USER = "raisedByUser";
  /** Set on the raising process: the concern process it started. */
  public static final String CONCERN_PROCESS_INSTANCE_ID = "safeguardingConcernProcessInstanceId";

  static final List<String> CONCERN_FIELDS = List.of("personId", "personName", "concernDescription", "abuseType",
      "allegedPersonName", "allegedPersonRelationship", "immediateDanger", "emergencyActionTaken", "personWants",
      "capacity");

  private final Safeguarding safeguarding;
  private final CurrentUser currentUser;

  public RaiseSafeguardingConcern(Safeguarding safeguarding, CurrentUser currentUser) {
    this.safeguarding = safeguarding;
    this.currentUser = currentUser;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // The raising step's own instance: a retry of this step finds the concern it raised.
    String raisedKey = execution.getProcessInstanceId() + "/" + execution.getActivityInstanceId();
    if (safeguarding.alreadyRaised(raisedKey)) {
      return;
    }
    Map<String, Object> concern = new HashMap<>();
    for (String field : CONCERN_FIELDS) {
      Object value = execution.getVariable(field);
      if (value != null) {
        concern.put(field, value);
      }
    }
    concern.put(RAISED_KEY, raisedKey);
    concern.put(RAISED_IN_PROCESS_KEY, execution.getProcessEngineServices().getRepositoryService()
        .getProcessDefinition(execution.getProcessDefinitionId()).getKey());
    concern.put(RAISED_IN_PROCESS_INSTANCE_ID, execution.getProcessInstanceId());
    concern.put(RAISED_IN_CONTACT_ID, execution.getVariable("contactId"));
    concern.put(RAISED_BY_USER, currentUser.id());
    ProcessInstance started = execution.getProcessEngineServices().getRuntimeService()
        .createMessageCorrelation(MESSAGE).setVariables(concern).correlateStartMessage();
    execution.setVariable(CONCERN_PROCESS_INSTANCE_ID, started.getId());
  }
}
