package org.letstalk.longtermsupport.flow;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.longtermsupport.DeprivationOfLiberty;
import org.letstalk.validation.FormInput;
import org.letstalk.workflow.CompletedTask;
import org.letstalk.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * Records the review of a deprivation of liberty authorisation; a further authorisation granted is recorded with
 * its own dates and conditions, and the process waits for its review in turn.
 */
@Component("recordDeprivationOfLibertyReview")
public class RecordDeprivationOfLibertyReview implements JavaDelegate {

  private final DeprivationOfLiberty dols;

  public RecordDeprivationOfLibertyReview(DeprivationOfLiberty dols) {
    this.dols = dols;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String by = CompletedTask.userId(execution);
    UUID reviewed = ProcessVariables.uuid(execution, DeprivationOfLibertyVariables.AUTHORISATION_ID);
    String notes = FormInput.read(execution.getVariables(),
        in -> in.requiredText(DeprivationOfLiberty.REVIEW_NOTES, FormInput.LONG_TEXT));
    boolean renewed = ProcessVariables.isTrue(execution, DeprivationOfLiberty.RENEWED);
    DeprivationOfLiberty.Grant further = renewed ? DeprivationOfLiberty.grant(execution.getVariables()) : null;
    dols.reviewed(reviewed, renewed, notes, by);
    if (renewed) {
      DeprivationOfLiberty.Authorisation next = dols.record(CompletedTask.taskId(execution),
          ProcessVariables.uuid(execution, ProcessVariables.PERSON_ID), further, reviewed, by);
      execution.setVariables(StartDeprivationOfLibertyReview.reviewVariables(next));
    }
    // The form's answers are on the record now; the next review starts with an empty form.
    for (String field : new String[] {DeprivationOfLiberty.GRANTED_ON, DeprivationOfLiberty.EXPIRES_ON,
        DeprivationOfLiberty.CONDITIONS, DeprivationOfLiberty.REVIEW_NOTES, DeprivationOfLiberty.RENEWED}) {
      execution.removeVariable(field);
    }
    execution.setVariable(DeprivationOfLibertyVariables.FURTHER_AUTHORISATION, renewed);
  }
}
