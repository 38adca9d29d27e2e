package org.letstalk.longtermsupport.flow;

import static org.letstalk.longtermsupport.flow.LetsTalk3Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.longtermsupport.LetsTalk3Conversations;
import org.letstalk.longtermsupport.LetsTalk3Outcome;
import org.letstalk.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** Ends the Let's Talk 3 with the outcome its step names in the input parameter {@code conclusion}; hands it back. */
@Component("concludeLetsTalk3")
public class ConcludeLetsTalk3 implements JavaDelegate {

  private final LetsTalk3Conversations letsTalk3;

  public ConcludeLetsTalk3(LetsTalk3Conversations letsTalk3) {
    this.letsTalk3 = letsTalk3;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LetsTalk3Outcome outcome = LetsTalk3Outcome.valueOf(ProcessVariables.text(execution, CONCLUSION));
    String rationale = outcome == LetsTalk3Outcome.LONG_TERM_SUPPORT
        ? "Support plan authorised: " + execution.getVariable(PLAN_SUMMARY)
        : "Going straight to Let's Talk 3 was not approved: " + execution.getVariable(AUTHORISATION_REASON);
    letsTalk3.conclude(execution.getProcessInstanceId(), outcome, rationale);
    execution.getProcessInstance().setVariable(LETS_TALK_3_OUTCOME, outcome.name());
    execution.getProcessInstance().setVariable(LETS_TALK_3_RATIONALE, rationale);
  }
}
