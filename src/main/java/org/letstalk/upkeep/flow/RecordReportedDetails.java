package org.letstalk.upkeep.flow;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.letstalk.person.DetailsForm;
import org.letstalk.record.RecordUpkeep;
import org.letstalk.validation.FormInput;
import org.letstalk.workflow.CompletedTask;
import org.letstalk.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * Task listener ({@code event="complete"}, after {@code completedTask}) on each conversation's task: the details a
 * council reports that the worker filled in go to the person's record, each kept in its history as a change by
 * that worker, in the completing transaction. A bad value refuses the completion naming its field. The values
 * leave the process: it carries ids, the record holds the details.
 */
@Component("recordReportedDetails")
public class RecordReportedDetails implements TaskListener {

  private final RecordUpkeep upkeep;

  public RecordReportedDetails(RecordUpkeep upkeep) {
    this.upkeep = upkeep;
  }

  @Override
  public void notify(DelegateTask task) {
    Map<String, Object> sent = new LinkedHashMap<>();
    for (String field : DetailsForm.ASKED_AT_THE_FRONT_DOOR) {
      Object value = task.getVariable(field);
      if (value != null) {
        sent.put(field, value);
      }
    }
    Map<String, String> given = FormInput.read(sent, DetailsForm::readGiven);
    task.removeVariables(DetailsForm.ASKED_AT_THE_FRONT_DOOR);
    if (!given.isEmpty()) {
      upkeep.completeInConversation(ProcessVariables.uuid(task.getExecution(), ProcessVariables.PERSON_ID), given,
          CompletedTask.userId(task.getExecution()));
    }
  }
}
