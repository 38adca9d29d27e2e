package org.letstalk.workflow;

import java.util.Set;

/**
 * Who may take up a task beyond what the engine's authorizations say: asked whenever someone signed in claims or is
 * given a task, or completes one they do not hold. Null when they may, otherwise why not (answered 403).
 */
public interface TaskTakeUp {

  String refusal(String userId, Set<String> candidateGroups);
}
