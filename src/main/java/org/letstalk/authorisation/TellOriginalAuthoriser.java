package org.letstalk.authorisation;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.workflow.Workflow;
import org.springframework.stereotype.Component;

/**
 * Tells the level whose deadline passed that the request went up, in a process of its own so the decision
 * never waits for it. It starts in the escalating transaction: a retried step cannot tell twice.
 */
@Component("tellOriginalAuthoriser")
public class TellOriginalAuthoriser implements JavaDelegate {

  static final String NOTICE = "authorisation-escalated";

  private final Workflow workflow;

  public TellOriginalAuthoriser(Workflow workflow) {
    this.workflow = workflow;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, Object> notice = new HashMap<>();
    for (String name : new String[] {"personId", "personName", "requestWords", "escalatedFromGroup",
        "escalatedToWords"}) {
      notice.put(name, execution.getVariable(name));
    }
    workflow.start(NOTICE, execution.getProcessBusinessKey(), notice);
  }
}
