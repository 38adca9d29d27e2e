package org.letstalk.involvement.flow;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.involvement.Decisions;
import org.letstalk.validation.FormInput;
import org.letstalk.workflow.CompletedTask;
import org.letstalk.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** After a closure is returned or declined: ask again with a better reason, or hold another conversation. */
@Component("recordClosureReconsidered")
public class RecordClosureReconsidered implements JavaDelegate {

  static final String KIND = "CLOSURE_RECONSIDERED";

  enum NextStep {
    ASK_AGAIN,
    LT1,
    LT2
  }

  record Reconsidered(NextStep next, String reason) {
  }

  private final Decisions decisions;
  private final ClosureGate closureGate;

  public RecordClosureReconsidered(Decisions decisions, ClosureGate closureGate) {
    this.decisions = decisions;
    this.closureGate = closureGate;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Reconsidered reconsidered = FormInput.read(execution.getVariables(), in -> new Reconsidered(
        in.requiredChoice(InvolvementVariables.CLOSURE_NEXT_STEP, NextStep.class),
        in.requiredText(InvolvementVariables.CLOSURE_NEXT_STEP_REASON, FormInput.LONG_TEXT)));
    if (reconsidered.next() == NextStep.ASK_AGAIN) {
      closureGate.assertConcernsDecided(execution, InvolvementVariables.CLOSURE_NEXT_STEP);
    }
    decisions.record(CompletedTask.taskId(execution), InvolvementVariables.context(execution), KIND,
        CompletedTask.userId(execution), reconsidered.next().name(), reconsidered.reason(),
        ProcessVariables.text(execution, InvolvementVariables.AUTHORISATION_REASON));
    if (reconsidered.next() == NextStep.ASK_AGAIN) {
      execution.setVariable(InvolvementVariables.CONVERSATION_RATIONALE, reconsidered.reason());
    } else {
      execution.setVariable(InvolvementVariables.NEXT_CONVERSATION, reconsidered.next().name());
    }
    execution.removeVariables(List.of(InvolvementVariables.CLOSURE_NEXT_STEP_REASON));
  }
}
