package org.letstalk.longtermsupport.flow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.longtermsupport.ContinuingHealthCare;
import org.letstalk.workflow.CompletedTask;
import org.letstalk.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** Records the continuing health care referral; synchronous, so a referral left empty is refused. */
@Component("recordContinuingHealthCareReferral")
public class RecordContinuingHealthCareReferral implements JavaDelegate {

  private final ContinuingHealthCare chc;

  public RecordContinuingHealthCareReferral(ContinuingHealthCare chc) {
    this.chc = chc;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(StartContinuingHealthCare.CONSIDERATION_ID, chc.referred(CompletedTask.taskId(execution),
        ProcessVariables.uuid(execution, ProcessVariables.PERSON_ID), execution.getVariables(),
        CompletedTask.userId(execution)).toString());
  }
}
