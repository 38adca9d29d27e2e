package org.letstalk.involvement.flow;

import static org.letstalk.workflow.ProcessVariables.CONTACT_ID;
import static org.letstalk.workflow.ProcessVariables.INVOLVEMENT_ID;
import static org.letstalk.workflow.ProcessVariables.PERSON_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.involvement.Involvement;
import org.letstalk.involvement.Involvements;
import org.letstalk.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** Opens the involvement record; the first conversation is a Let's Talk 2 in a crisis, otherwise a Let's Talk 1. */
@Component("openInvolvement")
public class OpenInvolvement implements JavaDelegate {

  private final Involvements involvements;

  public OpenInvolvement(Involvements involvements) {
    this.involvements = involvements;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Involvement involvement = involvements.open(execution.getProcessInstanceId(),
        ProcessVariables.uuid(execution, PERSON_ID), ProcessVariables.uuidOrNull(execution, CONTACT_ID));
    execution.setVariable(INVOLVEMENT_ID, involvement.getId().toString());
    execution.setVariable(InvolvementVariables.NEXT_CONVERSATION,
        ProcessVariables.isTrue(execution, InvolvementVariables.CRISIS) ? "LT2" : "LT1");
  }
}
