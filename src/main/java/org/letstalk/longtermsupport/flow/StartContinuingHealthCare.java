package org.letstalk.longtermsupport.flow;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.workflow.ProcessVariables;
import org.letstalk.workflow.Workflow;
import org.springframework.stereotype.Component;

/**
 * The message throw event "Wait for the health partner's decision" of lets-talk-3: starts
 * continuing-health-care (by the message continuing-health-care-referred), where the
 * decision is recorded when it comes, so the Let's Talk 3 does not wait for it.
 */
@Component("startContinuingHealthCare")
public class StartContinuingHealthCare implements JavaDelegate {

  static final String REFERRED = "continuing-health-care-referred";
  static final String CONSIDERATION_ID = "chcConsiderationId";

  private final Workflow workflow;

  public StartContinuingHealthCare(Workflow workflow) {
    this.workflow = workflow;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String person = ProcessVariables.text(execution, ProcessVariables.PERSON_ID);
    Map<String, Object> variables = new HashMap<>();
    variables.put(CONSIDERATION_ID, ProcessVariables.text(execution, CONSIDERATION_ID));
    variables.put(ProcessVariables.PERSON_ID, person);
    for (String name : new String[] {ProcessVariables.PERSON_NAME, ProcessVariables.CONVERSATION_ASSIGNEE,
        ProcessVariables.CONVERSATION_TEAM}) {
      variables.put(name, execution.getVariable(name));
    }
    workflow.asPartOfThisStep(() -> workflow.startByMessage(REFERRED, person, variables));
  }
}
