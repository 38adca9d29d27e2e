package org.letstalk.longtermsupport.flow;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.longtermsupport.DeprivationOfLiberty;
import org.letstalk.workflow.CompletedTask;
import org.letstalk.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * Records the deprivation of liberty authorisation the safeguarding team reports as granted, with its dates and
 * conditions; synchronous, so a bad date is refused and the task stays open.
 */
@Component("recordDeprivationOfLibertyDecision")
public class RecordDeprivationOfLibertyDecision implements JavaDelegate {

  private final DeprivationOfLiberty dols;

  public RecordDeprivationOfLibertyDecision(DeprivationOfLiberty dols) {
    this.dols = dols;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (!ProcessVariables.isTrue(execution, DeprivationOfLiberty.AUTHORISED)) {
      return;
    }
    UUID person = ProcessVariables.uuid(execution, ProcessVariables.PERSON_ID);
    DeprivationOfLiberty.Authorisation authorisation = dols.record(CompletedTask.taskId(execution), person,
        DeprivationOfLiberty.grant(execution.getVariables()), null, CompletedTask.userId(execution));
    // On the record now: the dates and conditions do not stay in the Let's Talk 3's variables.
    for (String field : new String[] {DeprivationOfLiberty.GRANTED_ON, DeprivationOfLiberty.EXPIRES_ON,
        DeprivationOfLiberty.CONDITIONS}) {
      execution.removeVariable(field);
    }
    execution.setVariable(DeprivationOfLibertyVariables.AUTHORISATION_ID, authorisation.id().toString());
  }
}
