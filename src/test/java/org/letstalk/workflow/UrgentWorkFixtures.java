package org.letstalk.workflow;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;

/**
 * A senior practitioner's team of its own with the work of the issue that found the order wrong: ten overdue
 * check-ins, due before everything else, and one overdue safeguarding decision at priority 100 (as
 * safeguarding-concern sets it when the decision is late), with a crisis conversation and a plain task beside them.
 * A team and a person of its own, so other tests' tasks never show in these lists.
 */
public final class UrgentWorkFixtures {

  public static final String PASSWORD = "Urgent-Work-7c1e";

  /** The names in the order the shared filters must list them: priority first, then due date. */
  public final List<String> mostUrgentFirst = new ArrayList<>();
  public final String user;
  public final String team;

  private UrgentWorkFixtures(String user, String team) {
    this.user = user;
    this.team = team;
  }

  /** All of it in the team's queue, and assigned to the senior practitioner. */
  public static UrgentWorkFixtures create(IdentityService identity, AuthorizationService authorizations,
      TaskService tasks, Instant now) {
    String suffix = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    UrgentWorkFixtures work = new UrgentWorkFixtures("senior-" + suffix, "team-" + suffix);
    Group group = identity.newGroup(work.team);
    group.setName("Team " + suffix);
    group.setType("WORKFLOW");
    identity.saveGroup(group);
    User user = identity.newUser(work.user);
    user.setFirstName("Senior");
    user.setLastName(suffix);
    user.setPassword(PASSWORD);
    identity.saveUser(user);
    identity.createMembership(work.user, work.team);
    // What every group of the application holds (identity/IdentityBootstrap).
    grant(authorizations, work.team, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    grant(authorizations, work.team, Resources.FILTER, "*", Permissions.READ);
    grant(authorizations, work.team, Resources.USER, "*", Permissions.READ);
    grant(authorizations, work.team, Resources.GROUP, "*", Permissions.READ);

    String person = "Ann Order" + suffix;
    work.task(tasks, "Overdue safeguarding decision: " + person, 100, now.minus(Duration.ofHours(2)));
    work.task(tasks, "Let's Talk 2 (crisis): " + person, 80, now.minus(Duration.ofHours(1)));
    for (int day = 10; day >= 1; day--) {
      work.task(tasks, "Check in with " + person + " (" + (11 - day) + ")", 50,
          now.minus(Duration.ofDays(day)));
    }
    return work;
  }

  private void task(TaskService tasks, String name, int priority, Instant due) {
    Task task = tasks.newTask();
    task.setName(name);
    task.setPriority(priority);
    task.setDueDate(Date.from(due));
    task.setAssignee(user);
    tasks.saveTask(task);
    tasks.addCandidateGroup(task.getId(), team);
    mostUrgentFirst.add(name);
  }

  private static void grant(AuthorizationService authorizations, String group, Resource resource, String id,
      Permissions permission) {
    Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    authorization.setGroupId(group);
    authorization.setResource(resource);
    authorization.setResourceId(id);
    authorization.addPermission(permission);
    authorizations.saveAuthorization(authorization);
  }
}
