package org.letstalk.authorisation.flow;

import static org.letstalk.authorisation.flow.AuthorisationVariables.*;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.workflow.ProcessVariables;
import org.letstalk.workflow.Workflow;
import org.springframework.stereotype.Component;

/**
 * The message throw event "Tell the original authoriser": tells the level whose deadline passed that the request
 * went up, in a process of its own (authorisation-escalated) so the decision never waits for it. It starts in the
 * escalating transaction: a retried step cannot tell twice.
 */
@Component("tellOriginalAuthoriser")
public class TellOriginalAuthoriser implements JavaDelegate {

  private final Workflow workflow;

  public TellOriginalAuthoriser(Workflow workflow) {
    this.workflow = workflow;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, Object> notice = new HashMap<>();
    for (String name : new String[] {ProcessVariables.PERSON_ID, ProcessVariables.PERSON_NAME, REQUEST_WORDS,
        ESCALATED_FROM_GROUP, ESCALATED_TO_WORDS}) {
      notice.put(name, execution.getVariable(name));
    }
    workflow.startByMessage(ESCALATED, execution.getProcessBusinessKey(), notice);
  }
}
