package org.letstalk.authorisation.flow;

import static org.letstalk.authorisation.flow.AuthorisationVariables.*;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.workflow.ProcessVariables;
import org.letstalk.workflow.Workflow;
import org.springframework.stereotype.Component;

/**
 * The message throw events that tell a group about a late request (the original authoriser, whoever is above the
 * panel, the panel's reminder): a task of the group's own in authorisation-escalated, so the decision never waits
 * for it. The model gives the group and the words. It starts in the transaction that throws it: a retried step
 * cannot tell twice.
 */
@Component("sendAuthorisationNotice")
public class SendAuthorisationNotice implements JavaDelegate {

  private final Workflow workflow;

  public SendAuthorisationNotice(Workflow workflow) {
    this.workflow = workflow;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, Object> notice = new HashMap<>();
    for (String name : new String[] {ProcessVariables.PERSON_ID, ProcessVariables.PERSON_NAME, REQUEST_WORDS,
        NOTICE_GROUP, NOTICE_WORDS, NOTICE_DETAIL}) {
      notice.put(name, execution.getVariable(name));
    }
    notice.put(REQUEST_PROCESS_ID, execution.getProcessInstanceId());
    workflow.startByMessage(ESCALATED, execution.getProcessBusinessKey(), notice);
  }
}
