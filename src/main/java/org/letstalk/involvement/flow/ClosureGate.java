package org.letstalk.involvement.flow;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.letstalk.safeguarding.Safeguarding;
import org.letstalk.validation.InputRejectedException;
import org.letstalk.workflow.Workflow;
import org.springframework.stereotype.Service;

/**
 * Supervisory approval [T 3.11]: an involvement that identified an adult at risk is not closed until every
 * concern raised in it, or in one of its conversations, has its decision by a senior practitioner or manager.
 * Called by the synchronous step that records a request to close, so the request is refused naming its field.
 */
@Service
public class ClosureGate {

  private final Safeguarding safeguarding;
  private final Workflow workflow;

  public ClosureGate(Safeguarding safeguarding, Workflow workflow) {
    this.safeguarding = safeguarding;
    this.workflow = workflow;
  }

  /** Refuses {@code field} while a concern raised in the involvement of {@code execution} waits for its decision. */
  public void assertConcernsDecided(DelegateExecution execution, String field) {
    String involvement = involvementOf(execution);
    List<String> raisedIn = new ArrayList<>();
    raisedIn.add(involvement);
    raisedIn.addAll(workflow.called(involvement));
    int undecided = safeguarding.undecidedRaisedIn(raisedIn).size();
    if (undecided > 0) {
      throw new InputRejectedException(field, (undecided == 1 ? "a safeguarding concern raised in this involvement"
          + " still waits" : undecided + " safeguarding concerns raised in this involvement still wait")
          + " for a decision by a senior practitioner or manager: the involvement cannot be closed until then"
         );  // [T 3.11]
    }
  }

  /** The involvement itself, or the involvement that called this conversation. */
  private static String involvementOf(DelegateExecution execution) {
    DelegateExecution instance = execution.getProcessInstance();
    DelegateExecution caller = instance.getSuperExecution();
    return caller == null ? instance.getId() : caller.getProcessInstanceId();
  }
}
