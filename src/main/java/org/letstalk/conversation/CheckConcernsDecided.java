package org.letstalk.conversation;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.letstalk.safeguarding.Safeguarding;
import org.letstalk.validation.InputRejectedException;
import org.springframework.stereotype.Component;

/**
 * Supervisory approval [T 3.11]: an involvement that identified an adult at risk is not closed until every
 * concern raised in it, or in one of its conversations, has its decision by a senior practitioner or manager.
 * Runs synchronously in the transaction that asks for closure, so the request is refused naming its field.
 */
@Component("checkConcernsDecided")
public class CheckConcernsDecided implements JavaDelegate {

  private final Safeguarding safeguarding;

  public CheckConcernsDecided(Safeguarding safeguarding) {
    this.safeguarding = safeguarding;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String involvement = execution.getProcessInstanceId();
    List<String> raisedIn = new ArrayList<>();
    raisedIn.add(involvement);
    execution.getProcessEngineServices().getHistoryService().createHistoricProcessInstanceQuery()
        .superProcessInstanceId(involvement).list().stream().map(HistoricProcessInstance::getId).forEach(raisedIn::add);
    int undecided = safeguarding.undecidedRaisedIn(raisedIn).size();
    if (undecided > 0) {
      // Asked again after a returned closure, or asked for by a conversation's outcome.
      String field = "ASK_AGAIN".equals(execution.getVariable("closureNextStep")) ? "closureNextStep" : "outcome";
      throw new InputRejectedException(field, (undecided == 1 ? "a safeguarding concern" : undecided
          + " safeguarding concerns") + " raised in this involvement still "
          + (undecided == 1 ? "waits" : "wait") + " for a decision by a senior practitioner or manager:"
          + " the involvement cannot be closed until then [T 3.11]");
    }
  }
}
