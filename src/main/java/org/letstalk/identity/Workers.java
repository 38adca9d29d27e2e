package org.letstalk.identity;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.letstalk.workflow.Workflow;
import org.springframework.stereotype.Service;

/** Workers and their groups, read from the engine's identity service, which holds the council's users. */
@Service
public class Workers {

  private final IdentityService identity;
  private final Workflow workflow;

  public Workers(IdentityService identity, Workflow workflow) {
    this.identity = identity;
    this.workflow = workflow;
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

  public boolean isIn(String userId, String groupId) {
    return userId != null && identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() > 0;
  }

  /** The users in a group, by id. */
  public List<String> members(String groupId) {
    return identity.createUserQuery().memberOfGroup(groupId).list().stream().map(User::getId).toList();
  }

  /** Whether a user of this id exists. */
  public boolean exists(String userId) {
    return userId != null && identity.createUserQuery().userId(userId).count() > 0;
  }

  /**
   * Each user's name as colleagues know them ("Sam Jones"), by user id, in one query; a user without a name in the
   * identity service, or no longer there, keeps their id.
   */
  public Map<String, String> namesOf(Collection<String> userIds) {
    Map<String, String> names = new HashMap<>();
    List<String> ids = userIds.stream().filter(Objects::nonNull).distinct().toList();
    if (ids.isEmpty()) {
      return names;
    }
    for (User user : identity.createUserQuery().userIdIn(ids.toArray(String[]::new)).list()) {
      String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
          + (user.getLastName() == null ? "" : user.getLastName())).trim();
      names.put(user.getId(), name.isEmpty() ? user.getId() : name);
    }
    ids.forEach(id -> names.putIfAbsent(id, id));
    return names;
  }

  public String nameOf(String userId) {
    return userId == null ? null : namesOf(List.of(userId)).get(userId);
  }

  /** The user's email address, or null when they have none (or are no longer a user). */
  public String emailOf(String userId) {
    User user = userId == null ? null : identity.createUserQuery().userId(userId).singleResult();
    return user == null ? null : user.getEmail();
  }

  /**
   * Keeps a team's engine group in step with the teams table: the group exists under the team's name and holds
   * exactly these users (who are then its queue's candidates).
   */
  public void keepTeamGroup(String groupId, String name, Set<String> memberIds) {
    // On the council's behalf: whoever may edit teams changes the engine's groups only through them.
    workflow.onTheCouncilsBehalf(() -> {
      keepGroup(groupId, name, memberIds);
      return null;
    });
  }

  private void keepGroup(String groupId, String name, Set<String> memberIds) {
    Group group = identity.createGroupQuery().groupId(groupId).singleResult();
    if (group == null) {
      group = identity.newGroup(groupId);
      group.setType(TEAM_GROUP_TYPE);
    }
    if (!name.equals(group.getName()) || !TEAM_GROUP_TYPE.equals(group.getType())) {
      group.setName(name);
      group.setType(TEAM_GROUP_TYPE);
      identity.saveGroup(group);
    }
    List<String> present = members(groupId);
    present.stream().filter(id -> !memberIds.contains(id)).forEach(id -> identity.deleteMembership(id, groupId));
    memberIds.stream().filter(id -> !present.contains(id) && exists(id))
        .forEach(id -> identity.createMembership(id, groupId));
  }

  /** Those of these engine groups that are a team's queue (or its managers'), not a role. */
  public Set<String> teamQueuesAmong(Set<String> groupIds) {
    if (groupIds.isEmpty()) {
      return Set.of();
    }
    return identity.createGroupQuery().groupIdIn(groupIds.toArray(String[]::new)).groupType(TEAM_GROUP_TYPE).list()
        .stream().map(Group::getId).collect(Collectors.toSet());
  }

  /** How people read a queue: a team's queue by the team's name, a role by the role's. */
  public String queueName(String groupId) {
    Group group = identity.createGroupQuery().groupId(groupId).groupType(TEAM_GROUP_TYPE).singleResult();
    return group != null && group.getName() != null ? group.getName() : Groups.displayName(groupId);
  }

  /** Every engine group the user is in, roles and team queues alike. */
  public Set<String> groupsOf(String userId) {
    return identity.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).collect(Collectors.toSet());
  }

  /** Engine groups that are a team's queue, as opposed to a role. */
  public static final String TEAM_GROUP_TYPE = "TEAM";

  public boolean isConversationTeam(String groupId) {
    return Groups.CONVERSATION_TEAMS.contains(groupId);
  }
}
