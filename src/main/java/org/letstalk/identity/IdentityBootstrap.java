package org.letstalk.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.SystemPermissions;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the groups and what each may do, on every start and idempotently; in demo mode also one user
 * per group. Task visibility itself comes from candidate groups: the engine grants a task's candidates
 * read and work permission on it.
 */
@Component
public class IdentityBootstrap {

  private static final Logger LOG = LoggerFactory.getLogger(IdentityBootstrap.class);

  /** Any member of staff who works with people may refer a case to the advisory panel [C §4.2]. */
  static final String RISK_PANEL = "risk-enablement-panel";

  /** Processes each group may start from Tasklist or the API. */
  static final Map<String, List<String>> STARTABLE = Map.of(
      Groups.FRONT_DOOR, List.of("new-contact", "request-early-review", "safeguarding-concern", RISK_PANEL),
      Groups.PRACTITIONERS, List.of("new-contact", "request-early-review", "safeguarding-concern", RISK_PANEL),
      Groups.SENIOR_PRACTITIONERS, List.of("new-contact", "request-early-review", "safeguarding-concern",
          RISK_PANEL),
      Groups.CARERS_CENTRE, List.of("new-contact", "request-early-review", RISK_PANEL),
      Groups.TEAM_MANAGERS, List.of("request-early-review", "safeguarding-concern", RISK_PANEL),
      Groups.SERVICE_MANAGERS, List.of(RISK_PANEL),
      Groups.SAFEGUARDING, List.of("safeguarding-concern", RISK_PANEL));

  /**
   * Started only by our own code after its checks, never by a user through the engine: a note deletion is asked for
   * on the record (record.flow.NoteDeletions), which starts the process on the council's behalf.
   */
  static final List<String> STARTED_BY_THE_RECORD_ONLY = List.of("case-note-deletion");

  /** Demo users: id, first name, last name, groups. */
  static final List<DemoUser> DEMO_USERS = List.of(
      new DemoUser("frontdoor", "Fran", "Door", List.of(Groups.FRONT_DOOR)),
      new DemoUser("practitioner", "Priya", "Patel", List.of(Groups.PRACTITIONERS)),
      new DemoUser("practitioner2", "Paul", "Owen", List.of(Groups.PRACTITIONERS)),
      new DemoUser("hospital", "Hari", "Singh", List.of(Groups.PRACTITIONERS)),
      new DemoUser("senior", "Sam", "Evans", List.of(Groups.SENIOR_PRACTITIONERS, Groups.PRACTITIONERS)),
      new DemoUser("teammanager", "Tessa", "Morgan", List.of(Groups.TEAM_MANAGERS)),
      new DemoUser("teammanager2", "Tom", "Hughes", List.of(Groups.TEAM_MANAGERS)),
      new DemoUser("servicemanager", "Sian", "Roberts", List.of(Groups.SERVICE_MANAGERS)),
      new DemoUser("safeguarding", "Sade", "Okafor", List.of(Groups.SAFEGUARDING)),
      new DemoUser("panel", "Pat", "Lewis", List.of(Groups.FUNDING_PANEL)),
      new DemoUser("headofservice", "Hana", "Reid", List.of(Groups.HEADS_OF_SERVICE)),
      new DemoUser("carers", "Cara", "Jones", List.of(Groups.CARERS_CENTRE)),
      new DemoUser("finance", "Femi", "Adebayo", List.of(Groups.FINANCE)),
      new DemoUser("processowner", "Olu", "Adeyemi", List.of(Groups.PROCESS_OWNERS)),
      new DemoUser("monitor", "Mo", "Nitor", List.of(Groups.MONITORING)));

  static final String CAMUNDA_ADMIN = "camunda-admin";
  static final String DEMO_ADMINISTRATOR = "processowner";

  record DemoUser(String id, String firstName, String lastName, List<String> groups) {
  }

  private final IdentityService identity;
  private final AuthorizationService authorizations;
  private final DemoProperties demo;
  private final SetupPageProperties setupPage;

  public IdentityBootstrap(IdentityService identity, AuthorizationService authorizations, DemoProperties demo,
      SetupPageProperties setupPage) {
    this.identity = identity;
    this.authorizations = authorizations;
    this.demo = demo;
    this.setupPage = setupPage;
  }

  // First among start-up listeners: others (demo teams) rely on the groups and users existing.
  @EventListener
  @Order(Ordered.HIGHEST_PRECEDENCE)
  public void onReady(ApplicationReadyEvent event) {
    for (String groupId : Groups.ALL) {
      ensureGroup(groupId);
      grant(groupId, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      grant(groupId, Resources.FILTER, ANY, Permissions.READ);
      // Tasklist shows names, not ids, of colleagues and teams.
      grant(groupId, Resources.USER, ANY, Permissions.READ);
      grant(groupId, Resources.GROUP, ANY, Permissions.READ);
    }
    STARTABLE.forEach((groupId, keys) -> {
      grant(groupId, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
      for (String key : keys) {
        grant(groupId, Resources.PROCESS_DEFINITION, key,
            ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
      }
    });
    startedByTheRecordOnly();
    grantProcessOwners();
    candidatesWorkTasksWithoutChangingThem();
    // Monitoring holds no engine permission: its members read /actuator/prometheus and nothing else.
    ensureGroup(Groups.MONITORING);
    checkAdministrator(identity.createUserQuery().memberOfGroup(CAMUNDA_ADMIN).count() > 0, demo.enabled(),
        setupPage.accepted());
    if (demo.enabled()) {
      DEMO_USERS.forEach(this::ensureDemoUser);
      ensureDemoAdministrator();
      LOG.info("Demo mode: {} demo users, password from letstalk.demo.password", DEMO_USERS.size());
    }
  }

  /** Earlier releases let groups start these directly: take that back, leaving whatever else they read. */
  private void startedByTheRecordOnly() {
    for (String key : STARTED_BY_THE_RECORD_ONLY) {
      for (Authorization granted : authorizations.createAuthorizationQuery()
          .resourceType(Resources.PROCESS_DEFINITION).resourceId(key).list()) {
        if (granted.getGroupId() != null && Groups.CASEWORK.contains(granted.getGroupId())
            && granted.isPermissionGranted(ProcessDefinitionPermissions.CREATE_INSTANCE)) {
          granted.removePermission(ProcessDefinitionPermissions.CREATE_INSTANCE);
          authorizations.saveAuthorization(granted);
        }
      }
    }
  }

  /**
   * Process owners change models, never cases. They deploy and read deployments, process and decision definitions
   * (Cockpit shows them with their statistics), and read no instance, task, variable, incident or history: a
   * process's variables and a decision's inputs carry people's records, safeguarding detail included. They may not
   * delete a deployment (that would end or erase the cases running on it), suspend a definition (new cases would
   * fail), evaluate a decision table directly, or administer users or authorizations. Running instances, incidents
   * and migration are the engine administrator's (camunda-admin), which only the demo makes a process owner.
   */
  private void grantProcessOwners() {
    String owners = Groups.PROCESS_OWNERS;
    grant(owners, Resources.APPLICATION, ANY, Permissions.ALL);
    // Tasklist's shared filters are every team's inbox: process owners read them as everyone does, and change none.
    grantExactly(owners, Resources.FILTER, ANY, Permissions.READ);
    grantExactly(owners, Resources.DEPLOYMENT, ANY, Permissions.CREATE, Permissions.READ);
    grantExactly(owners, Resources.DECISION_DEFINITION, ANY, Permissions.READ);
    grantExactly(owners, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
    grantExactly(owners, Resources.SYSTEM, ANY, SystemPermissions.READ);
    grantExactly(owners, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ);
    // Earlier releases granted process owners everything; take back what they no longer hold.
    for (Resource resource : List.of(Resources.TASK, Resources.HISTORIC_TASK, Resources.HISTORIC_PROCESS_INSTANCE,
        Resources.BATCH, Resources.PROCESS_INSTANCE, Resources.GROUP_MEMBERSHIP, Resources.AUTHORIZATION, Resources.TENANT,
        Resources.TENANT_MEMBERSHIP, Resources.OPERATION_LOG_CATEGORY)) {
      Authorization stale = authorizations.createAuthorizationQuery()
          .groupIdIn(owners).resourceType(resource).resourceId(ANY).singleResult();
      if (stale != null) {
        authorizations.deleteAuthorization(stale.getId());
      }
    }
    grantExactly(owners, Resources.USER, ANY, Permissions.READ);
    grantExactly(owners, Resources.GROUP, ANY, Permissions.READ);
  }

  /**
   * Tasks created before candidates were given only work and assignment (workflow.TaskWorkPermission) still grant
   * UPDATE, with which a candidate could set any variable on the task and jam its completion: take it back, a page at
   * a time.
   */
  private void candidatesWorkTasksWithoutChangingThem() {
    int changed = 0;
    List<Authorization> page;
    do {
      page = authorizations.createAuthorizationQuery().resourceType(Resources.TASK)
          .hasPermission(Permissions.UPDATE).listPage(0, 500).stream()
          .filter(a -> !ANY.equals(a.getResourceId())).toList();
      for (Authorization authorization : page) {
        authorization.removePermission(Permissions.UPDATE);
        authorization.addPermission(TaskPermissions.TASK_WORK);
        authorization.addPermission(TaskPermissions.TASK_ASSIGN);
        authorizations.saveAuthorization(authorization);
        changed++;
      }
    } while (!page.isEmpty());
    if (changed > 0) {
      LOG.info("Task permissions: {} candidates and assignees now claim, assign and complete only", changed);
    }
  }

  /**
   * Without an engine administrator the webapps let the first anonymous visitor of their first-run page create one.
   * Production creates it from {@code camunda.bpm.admin-user.*} (Camunda's own start-up step), or refuses to start
   * unless the operator has accepted the setup page (README, "Production"); the demo makes its own.
   */
  static void checkAdministrator(boolean administratorExists, boolean demo, boolean setupPageAccepted) {
    if (administratorExists || demo) {
      return;
    }
    if (!setupPageAccepted) {
      throw new IllegalStateException("There is no engine administrator and none is configured: set "
          + "CAMUNDA_BPM_ADMINUSER_ID and CAMUNDA_BPM_ADMINUSER_PASSWORD, or LETSTALK_ACCEPT_SETUP_PAGE=true to "
          + "create it yourself on the webapps' first-run page (README, Production)");
    }
    LOG.warn("No engine administrator yet: whoever opens /camunda/app/admin/ first creates it");
  }

  /**
   * The webapps send everyone to a first-run page until some user administers the engine; in demo mode the
   * process owner does, and so reads and does everything. Production creates its administrator on that page.
   */
  private void ensureDemoAdministrator() {
    ensureAdministratorGroup();
    if (identity.createUserQuery().userId(DEMO_ADMINISTRATOR).memberOfGroup(CAMUNDA_ADMIN).count() == 0) {
      identity.createMembership(DEMO_ADMINISTRATOR, CAMUNDA_ADMIN);
    }
  }

  /** The administrators' group with what the first-run page grants the administrator it creates. */
  private void ensureAdministratorGroup() {
    if (identity.createGroupQuery().groupId(CAMUNDA_ADMIN).count() == 0) {
      Group admins = identity.newGroup(CAMUNDA_ADMIN);
      admins.setName("Camunda administrators");
      admins.setType("SYSTEM");
      identity.saveGroup(admins);
    }
    for (Resource resource : Resources.values()) {
      grant(CAMUNDA_ADMIN, resource, ANY, Permissions.ALL);
    }
  }

  private void ensureGroup(String groupId) {
    if (identity.createGroupQuery().groupId(groupId).count() == 0) {
      Group group = identity.newGroup(groupId);
      group.setName(Groups.displayName(groupId));
      group.setType("WORKFLOW");
      identity.saveGroup(group);
    }
  }

  private void ensureDemoUser(DemoUser demoUser) {
    if (identity.createUserQuery().userId(demoUser.id()).count() == 0) {
      User user = identity.newUser(demoUser.id());
      user.setFirstName(demoUser.firstName());
      user.setLastName(demoUser.lastName());
      user.setEmail(demoUser.id() + "@demo.letstalk.invalid");
      user.setPassword(demo.password());
      identity.saveUser(user);
    }
    for (String groupId : demoUser.groups()) {
      if (identity.createUserQuery().userId(demoUser.id()).memberOfGroup(groupId).count() == 0) {
        identity.createMembership(demoUser.id(), groupId);
      }
    }
  }

  /** Sets the group's permissions on the resource to exactly these, dropping any granted before. */
  private void grantExactly(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization existing = authorizations.createAuthorizationQuery()
        .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).singleResult();
    Authorization authorization = existing != null ? existing : authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
    authorization.setGroupId(groupId);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    authorization.setPermissions(permissions);
    authorizations.saveAuthorization(authorization);
  }

  private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization existing = authorizations.createAuthorizationQuery()
        .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).singleResult();
    Authorization authorization = existing != null ? existing : authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
    authorization.setGroupId(groupId);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    authorizations.saveAuthorization(authorization);
  }
}
