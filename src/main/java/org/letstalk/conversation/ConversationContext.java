package org.letstalk.conversation;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Whose conversation this is, from the variables the involvement passes to each conversation. */
record ConversationContext(UUID personId, UUID contactId, UUID involvementId) {

  static ConversationContext of(VariableScope scope) {
    return new ConversationContext(uuid(scope, "personId"), uuid(scope, "contactId"), uuid(scope, "involvementId"));
  }

  private static UUID uuid(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : UUID.fromString(value.toString());
  }
}
