package org.letstalk.involvement.flow;

import static org.letstalk.workflow.ProcessVariables.CONTACT_ID;
import static org.letstalk.workflow.ProcessVariables.INVOLVEMENT_ID;
import static org.letstalk.workflow.ProcessVariables.PERSON_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.involvement.Involvement;
import org.letstalk.involvement.Involvements;
import org.letstalk.workflow.ProcessVariables;
import org.letstalk.workflow.Workflow;
import org.springframework.stereotype.Component;

/**
 * Opens the person's case, or joins the one open for them as a new episode; the first conversation is a Let's Talk 2
 * in a crisis, otherwise a Let's Talk 1; an episode asked to close the case after its last plan ended goes straight
 * to the closure's authorisation.
 */
@Component("openInvolvement")
public class OpenInvolvement implements JavaDelegate {

  private final Involvements involvements;
  private final Workflow workflow;

  public OpenInvolvement(Involvements involvements, Workflow workflow) {
    this.involvements = involvements;
    this.workflow = workflow;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // One involvement process at a time in a case; a carer's conversation joins the carer's case beside it.
    boolean exclusive = InvolvementVariables.PROCESS_KEY.equals(workflow.processKey(execution.getProcessDefinitionId()));
    Involvement involvement = involvements.open(execution.getProcessInstanceId(),
        ProcessVariables.uuid(execution, PERSON_ID), ProcessVariables.uuidOrNull(execution, CONTACT_ID), exclusive);
    execution.setVariable(INVOLVEMENT_ID, involvement.getId().toString());
    execution.setVariable(InvolvementVariables.NEXT_CONVERSATION,
        ProcessVariables.isTrue(execution, AskCaseClosure.CLOSURE_ASKED) ? "CLOSURE"
            : ProcessVariables.isTrue(execution, InvolvementVariables.CRISIS) ? "LT2" : "LT1");
  }
}
