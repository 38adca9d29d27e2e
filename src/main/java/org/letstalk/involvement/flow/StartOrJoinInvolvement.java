package org.letstalk.involvement.flow;

import static org.letstalk.involvement.flow.InvolvementVariables.CRISIS;
import static org.letstalk.involvement.flow.InvolvementVariables.PRESENTING_NEED;
import static org.letstalk.workflow.ProcessVariables.CONTACT_ID;
import static org.letstalk.workflow.ProcessVariables.CONVERSATION_ASSIGNEE;
import static org.letstalk.workflow.ProcessVariables.CONVERSATION_TEAM;
import static org.letstalk.workflow.ProcessVariables.PERSON_ID;
import static org.letstalk.workflow.ProcessVariables.PERSON_NAME;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.letstalk.involvement.Involvements;
import org.letstalk.workflow.ProcessVariables;
import org.letstalk.workflow.Workflow;
import org.springframework.stereotype.Component;

/**
 * Starts the person's involvement, or joins the one already running (one per person, business key = person id)
 * with a further contact. Used on the message throw events that say so in the models (a contact progressed, a
 * safeguarding decision for a Let's Talk 2, a reassessment after a review or when a carer can no longer care);
 * their input parameters say what the involvement is to do: {@code crisis}, {@code conversationAssignee},
 * {@code conversationTeam}, {@code presentingNeed}, {@code contactId}, for {@code personId} and
 * {@code personName}. Sets {@code involvementProcessId} and {@code joinedInvolvement}.
 */
@Component("startOrJoinInvolvement")
public class StartOrJoinInvolvement implements JavaDelegate {

  private final Workflow workflow;
  private final Involvements involvements;

  public StartOrJoinInvolvement(Workflow workflow, Involvements involvements) {
    this.workflow = workflow;
    this.involvements = involvements;
  }

  /** What the involvement is asked to do for the person. */
  public record Request(String personId, String personName, String contactId, boolean crisis,
      String conversationAssignee, String conversationTeam, String presentingNeed) {

    static Request of(DelegateExecution execution) {
      return new Request(ProcessVariables.text(execution, PERSON_ID), ProcessVariables.text(execution, PERSON_NAME),
          ProcessVariables.text(execution, CONTACT_ID), ProcessVariables.isTrue(execution, CRISIS),
          ProcessVariables.text(execution, CONVERSATION_ASSIGNEE), ProcessVariables.text(execution, CONVERSATION_TEAM),
          ProcessVariables.text(execution, PRESENTING_NEED));
    }

    /** What a further contact hands the running involvement. */
    Map<String, Object> contact() {
      Map<String, Object> contact = new HashMap<>();
      contact.put(CONTACT_ID, contactId);
      contact.put(CRISIS, crisis);
      contact.put(CONVERSATION_ASSIGNEE, conversationAssignee);
      contact.put(CONVERSATION_TEAM, conversationTeam);
      contact.put(PRESENTING_NEED, presentingNeed);
      return contact;
    }
  }

  /** Which involvement process the request went to, and whether it joined a case already open. */
  public record Joined(String processInstanceId, boolean joined) {
  }

  @Override
  public void execute(DelegateExecution execution) {
    Joined joined = startOrJoin(Request.of(execution));
    execution.setVariable(InvolvementVariables.INVOLVEMENT_PROCESS_ID, joined.processInstanceId());
    execution.setVariable(InvolvementVariables.JOINED, joined.joined());
  }

  public Joined startOrJoin(Request request) {
    // The involvement belongs to the council, not to the worker deciding the contact: the worker may not start
    // or change involvements directly, but deciding a contact does, as part of the same step.
    return workflow.asPartOfThisStep(() -> workflow.running(InvolvementVariables.PROCESS_KEY, request.personId())
        .map(running -> {
          workflow.correlateLocal(InvolvementVariables.FURTHER_CONTACT, running, request.contact());
          return new Joined(running, true);
        })
        .orElseGet(() -> {
          // No episode under way: a new one opens the case, or joins it when it is open in long-term support.
          boolean open = involvements.openFor(UUID.fromString(request.personId())).isPresent();
          Map<String, Object> variables = request.contact();
          variables.put(PERSON_ID, request.personId());
          variables.put(PERSON_NAME, request.personName());
          return new Joined(workflow.startByMessage(InvolvementVariables.STARTED, request.personId(), variables),
              open);
        }));
  }
}
