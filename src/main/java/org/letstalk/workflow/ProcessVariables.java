package org.letstalk.workflow;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The variables every process about a person carries, under the same names in every model, and typed reading of
 * process variables. Each feature's {@code flow} package names the variables of its own models beside the code
 * that reads and writes them.
 */
public final class ProcessVariables {

  /** The person the process is about (for a carer's conversation, once linked, the carer). */
  public static final String PERSON_ID = "personId";
  public static final String PERSON_NAME = "personName";
  /** The contact at the front door that began it, when one did. */
  public static final String CONTACT_ID = "contactId";
  /** The person's involvement the process belongs to, when it belongs to one. */
  public static final String INVOLVEMENT_ID = "involvementId";
  /** Who authorised a request, handed back by funding-authorisation to the process that asked. */
  public static final String AUTHORISED_BY = "authorisedBy";
  /** Who holds the conversation (the worker chosen at the front door, or who took it on), and their team. */
  public static final String CONVERSATION_ASSIGNEE = "conversationAssignee";
  public static final String CONVERSATION_TEAM = "conversationTeam";

  private ProcessVariables() {
  }

  /** A record id the process must carry. */
  public static UUID uuid(VariableScope scope, String name) {
    UUID id = uuidOrNull(scope, name);
    if (id == null) {
      throw new IllegalStateException("No " + name + " in this process");
    }
    return id;
  }

  public static UUID uuidOrNull(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : UUID.fromString(value.toString());
  }

  public static String text(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }

  public static boolean isTrue(VariableScope scope, String name) {
    return Boolean.TRUE.equals(scope.getVariable(name));
  }

  /** A record id as the models carry it: its text, or null. */
  public static String id(UUID id) {
    return id == null ? null : id.toString();
  }
}
