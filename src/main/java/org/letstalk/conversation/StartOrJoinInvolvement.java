package org.letstalk.conversation;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * A progressed contact starts the person's involvement, or joins the one already running (one per person,
 * business key = person id) through the message {@value #FURTHER_CONTACT}.
 */
@Component("startOrJoinInvolvement")
public class StartOrJoinInvolvement implements JavaDelegate {

  public static final String PROCESS_KEY = "involvement";
  public static final String FURTHER_CONTACT = "involvement-further-contact";

  private final RuntimeService runtime;

  public StartOrJoinInvolvement(RuntimeService runtime) {
    this.runtime = runtime;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String personId = (String) execution.getVariable("personId");
    Map<String, Object> contact = new HashMap<>();
    for (String name : new String[] {"contactId", "crisis", "conversationAssignee", "conversationTeam",
        "presentingNeed"}) {
      contact.put(name, execution.getVariable(name));
    }
    // The involvement belongs to the council, not to the worker deciding the contact: the worker may not start
    // or change involvements directly, but deciding a contact does, as part of the same step.
    CommandContext command = Context.getCommandContext();
    boolean checking = command.isAuthorizationCheckEnabled();
    command.disableAuthorizationCheck();
    try {
      ProcessInstance running = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
          .processInstanceBusinessKey(personId).active().singleResult();
      if (running != null) {
        runtime.createMessageCorrelation(FURTHER_CONTACT).processInstanceId(running.getId())
            .setVariablesLocal(contact).correlateWithResult();
        execution.setVariable("involvementProcessId", running.getId());
        execution.setVariable("joinedInvolvement", true);
      } else {
        contact.put("personId", personId);
        contact.put("personName", execution.getVariable("personName"));
        ProcessInstance started = runtime.startProcessInstanceByKey(PROCESS_KEY, personId, contact);
        execution.setVariable("involvementProcessId", started.getId());
        execution.setVariable("joinedInvolvement", false);
      }
    } finally {
      if (checking) {
        command.enableAuthorizationCheck();
      }
    }
  }
}
