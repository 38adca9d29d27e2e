package org.letstalk.conversation;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.letstalk.workflow.Workflow;
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
  private final Workflow workflow;

  public StartOrJoinInvolvement(RuntimeService runtime, Workflow workflow) {
    this.runtime = runtime;
    this.workflow = workflow;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, Object> contact = new HashMap<>();
    for (String name : new String[] {"contactId", "crisis", "conversationAssignee", "conversationTeam",
        "presentingNeed"}) {
      contact.put(name, execution.getVariable(name));
    }
    Joined joined = startOrJoin((String) execution.getVariable("personId"),
        (String) execution.getVariable("personName"), contact);
    execution.setVariable("involvementProcessId", joined.processInstanceId());
    execution.setVariable("joinedInvolvement", joined.joined());
  }

  /** Which involvement the contact went to, and whether it was already running. */
  public record Joined(String processInstanceId, boolean joined) {
  }

  /**
   * Starts the person's involvement with the contact's variables (contactId, crisis, conversationAssignee,
   * conversationTeam, presentingNeed), or joins the one running.
   */
  public Joined startOrJoin(String personId, String personName, Map<String, Object> contact) {
    // The involvement belongs to the council, not to the worker deciding the contact: the worker may not start
    // or change involvements directly, but deciding a contact does, as part of the same step.
    return workflow.asPartOfThisStep(() -> {
      ProcessInstance running = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
          .processInstanceBusinessKey(personId).active().singleResult();
      if (running != null) {
        runtime.createMessageCorrelation(FURTHER_CONTACT).processInstanceId(running.getId())
            .setVariablesLocal(contact).correlateWithResult();
        return new Joined(running.getId(), true);
      }
      Map<String, Object> variables = new HashMap<>(contact);
      variables.put("personId", personId);
      variables.put("personName", personName);
      return new Joined(runtime.startProcessInstanceByKey(PROCESS_KEY, personId, variables).getId(), false);
    });
  }
}
