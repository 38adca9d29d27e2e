package org.letstalk.identity;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Service;

/** Who may take work on, read from the engine's identity service. */
@Service
public class Workers {

  private final IdentityService identity;

  public Workers(IdentityService identity) {
    this.identity = identity;
  }

  public boolean canHoldConversations(String userId) {
    if (userId == null) {
      return false;
    }
    return Groups.CONVERSATION_TEAMS.stream()
        .anyMatch(team -> identity.createUserQuery().userId(userId).memberOfGroup(team).count() > 0);
  }

  /** The team whose queue shows the worker's conversations too, so colleagues and managers can see them. */
  public String conversationTeamOf(String userId) {
    return Groups.CONVERSATION_TEAMS.stream()
        .filter(team -> identity.createUserQuery().userId(userId).memberOfGroup(team).count() > 0)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(userId + " holds no conversations"));
  }

  public boolean isConversationTeam(String groupId) {
    return Groups.CONVERSATION_TEAMS.contains(groupId);
  }
}
